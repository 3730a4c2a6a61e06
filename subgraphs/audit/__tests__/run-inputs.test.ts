import { GraphQLError } from 'graphql';
import { idCheckCharacter } from '../../../lib/person';
import { monthsBetween } from '../src/comparison/run-comparison';
import { validateDeaths } from '../src/datasources/death-register';

describe('monthsBetween', () => {
  it('lists the months of a span, across a year end', () => {
    expect(monthsBetween('2016-11', '2017-02')).toEqual(['2016-11', '2016-12', '2017-01', '2017-02']);
    expect(monthsBetween('2017-03', '2017-03')).toEqual(['2017-03']);
  });

  it('refuses a reversed span and one longer than 36 months', () => {
    expect(() => monthsBetween('2017-03', '2017-02')).toThrow('from (2017-03) must not be after to (2017-02)');
    expect(monthsBetween('2015-01', '2017-12')).toHaveLength(36);
    expect(() => monthsBetween('2015-01', '2018-01')).toThrow(GraphQLError);
  });
});

describe('validateDeaths', () => {
  const id = (first17: string) => first17 + idCheckCharacter(first17);
  const valid = id('43100219500101001');

  it('lists every problem of every row, with its index', () => {
    const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    expect(
      validateDeaths(
        [
          { idNumber: valid, name: '张三', dateOfDeath: '2017-03-15' },
          { idNumber: wrongCheck, name: '李四', dateOfDeath: '2017-03-15' },
          { idNumber: valid, name: ' ', dateOfDeath: '2030-01-01' },
          { idNumber: id('43100220100101001'), name: '王五', dateOfDeath: '2009-12-31' },
        ],
        '2026-11-27',
      ),
    ).toEqual([
      { index: 1, reason: 'ID number check digit is wrong' },
      { index: 2, reason: 'the same person as row 0; name must be 1 to 64 characters; dateOfDeath 2030-01-01 is in the future' },
      { index: 3, reason: 'dateOfDeath 2009-12-31 is before the date of birth in the ID number' },
    ]);
  });
});
