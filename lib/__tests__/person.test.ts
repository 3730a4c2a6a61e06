import { idCheckCharacter, idNumberProblem, maskIdNumber, maskName, personKey } from '../person';

// 11010519491231002X is the worked example of GB 11643-1999.
const VALID = '11010519491231002X';

describe('personal data', () => {
  it('computes the GB 11643 check character', () => {
    expect(idCheckCharacter(VALID.slice(0, 17))).toBe('X');
  });

  it('accepts a valid ID number, in either case', () => {
    expect(idNumberProblem(VALID)).toBeNull();
    expect(idNumberProblem(VALID.toLowerCase())).toBeNull();
  });

  it('names what is wrong with a bad ID number', () => {
    expect(idNumberProblem('110105194912310021')).toBe('ID number check digit is wrong');
    expect(idNumberProblem('1101051949123100')).toBe('ID number must be 17 digits followed by a digit or X');
    expect(idNumberProblem('110105194913310021')).toBe('ID number has an impossible date of birth');
  });

  it('keys a person by HMAC of the normalised number', () => {
    const key = personKey('secret', VALID);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(personKey('secret', ` ${VALID.toLowerCase()} `)).toBe(key);
    expect(personKey('other secret', VALID)).not.toBe(key);
  });

  it('masks ID numbers and names', () => {
    expect(maskIdNumber('431002195008227127')).toBe('431002********7127');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('王志德')).toBe('王**');
    expect(maskName('欧阳建国')).toBe('欧阳**');
    expect(maskName('李')).toBe('*');
  });
});
