import { idCheckCharacter } from '../person';
import { Random } from '../random';
import { readDivisions } from '../regions/divisions';

/**
 * Demo residents, generated from a region code alone, so that every subgraph's seed names the
 * same people without reading another store: finance pays them, party-affairs appoints some
 * as officials, audit's deaths register records some deaths, complaints come from some.
 * Names are invented; places never are (they come from data/hunan-divisions.csv).
 */
export interface DemoPerson {
  /** 0-based position among the region's demo residents; roles are assigned by index. */
  readonly index: number;
  readonly regionCode: string;
  readonly name: string;
  /** A well-formed 18-character ID number (valid check digit) for the region's county. */
  readonly idNumber: string;
  readonly birthDate: string;
}

export const PEOPLE_PER_REGION = 12;
/** Birth/sequence slots [0, 12M) belong to demoPeople; a village's further residents use the rest. */
const FURTHER_RESIDENTS_FROM = 12_000_000;
/** Slots per village for further residents: villages are numbered within their county (at most 695 in Hunan). */
const FURTHER_SLOTS_PER_VILLAGE = 10_000;

const SURNAMES = ['李', '王', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '罗', '谭', '邓', '曾', '彭', '肖', '蒋', '唐', '欧阳'];
const GIVEN = ['建', '国', '华', '明', '丽', '芳', '军', '平', '伟', '红', '霞', '勇', '秀', '英', '志', '强', '玉', '兰', '德', '海', '春', '梅', '文', '桂'];

const DAYS = 20_000; // birth dates from 1940-01-01 over about 55 years
const SEQUENCES = 1_000;
const EPOCH = Date.UTC(1940, 0, 1);

/**
 * Birth date and sequence code of a resident, unique within the county by construction: the
 * township and village digits with the resident's index form a number below 12 million, and
 * multiplying by a prime coprime with 20,000 x 1,000 permutes that space without collisions.
 */
function birthAndSequence(regionCode: string, index: number): { born: string; sequence: string } {
  return mixedSlot(Number(regionCode.slice(6).padEnd(6, '0')) * PEOPLE_PER_REGION + index);
}

function mixedSlot(local: number): { born: string; sequence: string } {
  const mixed = (local * 7919) % (DAYS * SEQUENCES);
  const born = new Date(EPOCH + (mixed % DAYS) * 86_400_000).toISOString().slice(0, 10);
  return { born, sequence: String(Math.floor(mixed / DAYS)).padStart(3, '0') };
}

function person(rng: Random, regionCode: string, index: number, slot: { born: string; sequence: string }): DemoPerson {
  const surname = rng.pick(SURNAMES);
  const given = rng.chance(0.6) ? rng.pick(GIVEN) + rng.pick(GIVEN) : rng.pick(GIVEN);
  const first17 = `${regionCode.slice(0, 6).padEnd(6, '0')}${slot.born.replace(/-/g, '')}${slot.sequence}`;
  return { index, regionCode, name: surname + given, idNumber: first17 + idCheckCharacter(first17), birthDate: slot.born };
}

export function demoPeople(regionCode: string): DemoPerson[] {
  const rng = new Random(`people:${regionCode}`);
  return Array.from({ length: PEOPLE_PER_REGION }, (_, index) => person(rng, regionCode, index, birthAndSequence(regionCode, index)));
}

let villageNumbers: Map<string, number> | null = null;

/** A village's position among its county's villages in code order (from 0). */
function villageNumber(villageCode: string): number {
  if (!villageNumbers) {
    villageNumbers = new Map();
    const perCounty = new Map<string, number>();
    for (const v of readDivisions().filter((d) => d.level === 'VILLAGE').sort((a, b) => a.code.localeCompare(b.code))) {
      const county = v.code.slice(0, 6);
      const n = perCounty.get(county) ?? 0;
      perCounty.set(county, n + 1);
      villageNumbers.set(v.code, n);
    }
  }
  const n = villageNumbers.get(villageCode);
  if (n === undefined) throw new Error(`no village ${villageCode} in the divisions`);
  return n;
}

/**
 * A village's residents from index 12 on (the province's longer payment rolls): the same kind of
 * people as demoPeople, with birth/sequence slots that demoPeople never uses, so ID numbers stay
 * unique within the county and demoPeople's residents are unchanged.
 */
export function furtherVillagers(villageCode: string, count: number): DemoPerson[] {
  if (count > FURTHER_SLOTS_PER_VILLAGE) throw new Error(`at most ${FURTHER_SLOTS_PER_VILLAGE} further residents per village`);
  const rng = new Random(`people-further:${villageCode}`);
  const first = FURTHER_RESIDENTS_FROM + villageNumber(villageCode) * FURTHER_SLOTS_PER_VILLAGE;
  return Array.from({ length: count }, (_, i) => person(rng, villageCode, PEOPLE_PER_REGION + i, mixedSlot(first + i)));
}
