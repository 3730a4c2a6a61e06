import { SignJWT } from 'jose';
import { DEPARTMENTS, ROLES } from '../lib/auth';
import { DEV_JWT_SECRET } from '../lib/config';

/**
 * `npm run token -- --role auditor --region 4310 [--dept audit] [--sub name] [--hours 8]`:
 * prints a token signed with JWT_SECRET (or the dev secret) for trying the graph by hand.
 */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const role = arg('role');
  const region = arg('region') ?? '43';
  const dept = arg('dept');
  if (!role || !(ROLES as readonly string[]).includes(role)) {
    console.error(`usage: npm run token -- --role <${ROLES.join('|')}> --region <code> [--dept <${DEPARTMENTS.join('|')}>]`);
    process.exit(2);
  }
  if (!/^43(\d{2}|\d{4}|\d{7}|\d{10})?$/.test(region)) {
    console.error(`--region must be a Hunan region code such as 43 (the province), 4310 (Chenzhou) or 431002; got "${region}"`);
    process.exit(2);
  }
  if (dept && !(DEPARTMENTS as readonly string[]).includes(dept)) {
    console.error(`--dept must be one of ${DEPARTMENTS.join(', ')}`);
    process.exit(2);
  }
  const secret = process.env.JWT_SECRET || DEV_JWT_SECRET;
  if (!process.env.JWT_SECRET) console.error('(signed with the DEV-ONLY secret)');
  const token = await new SignJWT({ roles: [role], region, ...(dept ? { dept } : {}), name: arg('name') ?? `dev ${role}` })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(arg('sub') ?? `dev-${role}-${region}`)
    .setIssuedAt()
    .setExpirationTime(`${Number(arg('hours') ?? 8)}h`)
    .sign(new TextEncoder().encode(secret));
  console.log(token);
}

void main();
