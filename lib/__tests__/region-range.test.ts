import { isRegionCode, levelOfCode, narrowestCommonRegion, regionRange } from '../region-range';

describe('region codes', () => {
  it('bounds everything under a region, and nothing else', () => {
    const [low, high] = regionRange('431002');
    const inside = ['431002', '431002001', '431002001001', '431002999999'];
    const outside = ['43100', '431001999999', '431003', '431003000001', '4310'];
    for (const code of inside) expect(code >= low && code <= high).toBe(true);
    for (const code of outside) expect(code >= low && code <= high).toBe(false);
  });

  it('knows the level of each code length', () => {
    expect(levelOfCode('43')).toBe('PROVINCE');
    expect(levelOfCode('4310')).toBe('CITY');
    expect(levelOfCode('431002')).toBe('COUNTY');
    expect(levelOfCode('431002001')).toBe('TOWNSHIP');
    expect(levelOfCode('431002001001')).toBe('VILLAGE');
    expect(levelOfCode('43100')).toBeNull();
    expect(isRegionCode('43a0')).toBe(false);
  });

  it('finds the narrowest region holding a set of codes, at a division level', () => {
    expect(narrowestCommonRegion(['431002001001'])).toBe('431002001001');
    expect(narrowestCommonRegion(['431002001001', '431002001001'])).toBe('431002001001');
    expect(narrowestCommonRegion(['431002001001', '431002001002'])).toBe('431002001');
    expect(narrowestCommonRegion(['431002001001', '431002002003'])).toBe('431002');
    expect(narrowestCommonRegion(['431002001001', '431002'])).toBe('431002');
    expect(narrowestCommonRegion(['431002001001', '431003001001', '431021'])).toBe('4310');
    expect(narrowestCommonRegion(['431002001001', '430102001001'])).toBe('43');
    expect(narrowestCommonRegion(['431002', '420102'])).toBeNull();
    expect(narrowestCommonRegion([])).toBeNull();
  });
});
