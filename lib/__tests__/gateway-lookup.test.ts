import pino from 'pino';
import { GatewayUnavailableError, type GatewayClient, type GatewayResult } from '../gateway-client';
import { askExists, unansweredBy } from '../gateway-lookup';

/** A gateway that answers every request with `answer` (or throws it), recording what it was asked. */
function gateway(answer: GatewayResult<unknown> | Error) {
  const asked: Array<{ query: string; variables?: Record<string, unknown>; requestId?: string }> = [];
  const client: GatewayClient = {
    async request<T>(query: string, variables?: Record<string, unknown>, options?: { requestId?: string }) {
      asked.push({ query, variables, requestId: options?.requestId });
      if (answer instanceof Error) throw answer;
      return answer as GatewayResult<T>;
    },
  };
  return { client, asked };
}

const question = { field: 'payment', id: 'PAY-1', operationName: 'SubjectExists', what: 'subject check', requestId: 'req-1' };

describe('asking the gateway whether a record exists', () => {
  const logs: Array<{ level: number; msg: string }> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  beforeEach(() => logs.splice(0));

  it('asks the root lookup by id, as one named operation with the request id', async () => {
    const { client, asked } = gateway({ data: { found: { id: 'PAY-1' } }, errors: [] });
    expect(await askExists(client, question, logger)).toEqual({ existence: 'found' });
    expect(asked).toEqual([{ query: 'query SubjectExists($id: ID!) { found: payment(id: $id) { id } }', variables: { id: 'PAY-1' }, requestId: 'req-1' }]);
    expect(logs).toEqual([]);
  });

  it('calls a null answer, with no errors or only NOT_FOUND, missing', async () => {
    expect(await askExists(gateway({ data: { found: null }, errors: [] }).client, question, logger)).toEqual({ existence: 'missing' });
    const notFound = { data: null, errors: [{ message: 'Payment PAY-1 was not found', extensions: { code: 'NOT_FOUND' } }] };
    expect(await askExists(gateway(notFound).client, question, logger)).toEqual({ existence: 'missing' });
    expect(logs).toEqual([]);
  });

  it('tells an absent lookup field (an operator problem) from a gateway that cannot tell, and logs both', async () => {
    const invalid = { data: null, errors: [{ message: 'Cannot query field "payment"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] };
    expect(await askExists(gateway(invalid).client, question, logger)).toEqual({ existence: 'no-lookup', unavailable: 'gateway' });
    const failed = { data: { found: null }, errors: [{ message: 'finance did not answer', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] };
    expect(await askExists(gateway(failed).client, question, logger)).toEqual({ existence: 'unknown', unavailable: 'gateway' });
    expect(await askExists(gateway(new GatewayUnavailableError('ECONNREFUSED')).client, question, logger)).toEqual({ existence: 'unknown', unavailable: 'gateway' });
    expect(logs.map((l) => [l.level, l.msg])).toEqual([
      [50, 'subject check: the gateway has no payment(id) lookup'],
      [40, 'subject check: the gateway answered with errors'],
      [40, 'subject check: gateway unavailable'],
    ]);
  });

  it('names the subgraph the gateway says failed, and only a subgraph name', async () => {
    const answer = (...errors: Array<Record<string, unknown>>) =>
      gateway({ data: { found: null }, errors: errors.map((extensions) => ({ message: 'failed', extensions })) }).client;
    expect(await askExists(answer({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'finance' }), question, logger)).toEqual({ existence: 'unknown', unavailable: 'finance' });
    expect(await askExists(answer({ code: 'SUBGRAPH_TIMEOUT', serviceName: 'party-affairs' }), question, logger)).toEqual({ existence: 'unknown', unavailable: 'party-affairs' });
    expect(
      await askExists(answer({ code: 'NOT_FOUND', serviceName: 'audit' }, { code: 'INTERNAL_SERVER_ERROR', serviceName: 'complaints' }), question, logger),
    ).toEqual({ existence: 'unknown', unavailable: 'complaints' });
    expect(await askExists(answer({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'http://10.0.0.7:4001' }), question, logger)).toEqual({ existence: 'unknown', unavailable: 'gateway' });
  });

  it('says whom a check could not get an answer from', () => {
    expect(unansweredBy('audit')).toBe('the audit service could not answer');
    expect(unansweredBy('gateway')).toBe('the gateway could not answer');
  });

  it('lets any other failure through', async () => {
    await expect(askExists(gateway(new TypeError('bug')).client, question, logger)).rejects.toThrow('bug');
  });
});
