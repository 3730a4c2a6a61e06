import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStack, type Stack } from '../helpers/stack';
import { signToken } from '../helpers/tokens';

/**
 * The auditors' workbench in a real browser: Debian's headless Chromium, driven by
 * playwright-core, with every request that is not for the gateway blocked (a closed network).
 * `.ci/run` installs chromium; where it is missing this file skips itself and says so.
 */

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(`SKIPPED the browser test of the GraphiQL workbench: ${CHROMIUM} is missing (apt-get install -y chromium)`);
}
const describeWithChromium = haveChromium ? describe : describe.skip;

describeWithChromium("the auditors' workbench in Chromium, with no network", () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  /** Requests the page tried to send anywhere but the gateway. */
  const outside: string[] = [];
  /** Script errors and console errors (a Content-Security-Policy violation is one). */
  const problems: string[] = [];

  beforeAll(async () => {
    stack = await startStack('sqlite');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const context = await browser.newContext();
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(stack.origin)) return route.continue();
      outside.push(url);
      return route.abort('internetdisconnected');
    });
    page = await context.newPage();
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    // Four city-scale seeds on a shared machine may take minutes.
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  /** The text of GraphiQL's response pane. */
  const responseText = () => page.locator('.graphiql-response').innerText();

  it('loads GraphiQL from the gateway, signs in with a token, runs an example and shows the answer', async () => {
    await page.goto(`${stack.origin}/graphiql`);
    await page.locator('.graphiql-container').waitFor();

    const token = await signToken({ role: 'auditor', region: '4310', dept: 'audit', name: 'Auditor Li' });
    await page.fill('#workbench-token', token);
    await page.click('#workbench-use-token');
    await page.locator('#workbench-caller', { hasText: 'Auditor Li · auditor · region 4310' }).waitFor();

    // Question 5 of the domain design: which counties are behind on reporting, by how many villages
    await page.selectOption('#workbench-example', 'CountiesBehindOnReporting');
    await page.locator('.graphiql-query-editor', { hasText: 'query CountiesBehindOnReporting' }).waitFor();
    await page.click('.graphiql-execute-button');
    // CodeMirror draws only the lines in view: the city's totals and its first county are at the top.
    await page.locator('.graphiql-response', { hasText: '北湖区' }).waitFor();
    const answer = await responseText();
    expect(answer).toContain('"name": "郴州市"');
    expect(answer).toContain('"villagesExpected": 2420');
    expect(answer).toContain('"code": "431002"');
    expect(answer).not.toContain('"errors"');
  });

  it('shows the schema documentation', async () => {
    await page.click('[aria-label="Show Documentation Explorer"]');
    await page.locator('.graphiql-doc-explorer', { hasText: 'Root Types' }).waitFor();
    await page.locator('.graphiql-doc-explorer a', { hasText: 'Query' }).first().click();
    await page.locator('.graphiql-doc-explorer', { hasText: 'One division by its code' }).waitFor();
  });

  it('sent nothing outside the gateway and met no script or policy error', () => {
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
});
