import { DIALECTS } from './helpers/databases';
import { startStack, type Stack } from './helpers/stack';

describe.each(DIALECTS)('the region hierarchy through the gateway (%s)', (dialect) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(dialect, { seed: false });
  });
  afterAll(() => stack?.stop());

  it('lists the 11 real counties of Chenzhou in code order', async () => {
    const { status, body } = await stack.query(`{ region(code: "4310") { name level children { code name level } } }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.region.name).toBe('郴州市');
    expect(body.data.region.level).toBe('CITY');
    expect(body.data.region.children.map((c: { code: string; name: string }) => `${c.code} ${c.name}`)).toEqual([
      '431002 北湖区',
      '431003 苏仙区',
      '431021 桂阳县',
      '431022 宜章县',
      '431023 永兴县',
      '431024 嘉禾县',
      '431025 临武县',
      '431026 汝城县',
      '431027 桂东县',
      '431028 安仁县',
      '431081 资兴市',
    ]);
    expect(new Set(body.data.region.children.map((c: { level: string }) => c.level))).toEqual(new Set(['COUNTY']));
  });

  it('walks up from a village to the province through parent', async () => {
    const { body } = await stack.query(`{ region(code: "431002001001") { name parent { name parent { name parent { name parent { name parent { code } } } } } } }`);
    expect(body.errors).toBeUndefined();
    const village = body.data.region;
    expect([village.name, village.parent.name, village.parent.parent.name, village.parent.parent.parent.name, village.parent.parent.parent.parent.name]).toEqual([
      '北湖路社区',
      '人民路街道',
      '北湖区',
      '郴州市',
      '湖南省',
    ]);
    expect(village.parent.parent.parent.parent.parent).toBeNull();
  });

  it('lists the divisions of a level under a parent', async () => {
    const { body } = await stack.query(`{ regions(level: TOWNSHIP, parentCode: "431027") { code name } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.regions).toHaveLength(12);
    expect(body.data.regions[0]).toEqual({ code: '431027100', name: '沤江镇' });
  });

  it('answers null for a code that names no division', async () => {
    const { body } = await stack.query(`{ region(code: "4399") { name } }`);
    expect(body).toEqual({ data: { region: null } });
  });
});
