import { demoPeople, type DemoPerson } from './people';

/**
 * Demo officials: every village has a party branch secretary, a villagers' committee director
 * and a village affairs supervision committee director (residents 5, 6 and 7); every township
 * a party committee secretary and a township head (residents 0 and 1 of the township). The
 * village secretary's spouse (resident 8) is a registered relative.
 */
export interface DemoOfficial {
  readonly id: string;
  readonly regionCode: string;
  readonly position: string;
  readonly person: DemoPerson;
  readonly termStart: string;
}

export interface DemoRelative {
  readonly officialId: string;
  readonly relation: string;
  readonly person: DemoPerson;
}

export const officialId = (regionCode: string, personIndex: number) => `OFF-${regionCode}-${personIndex}`;

const VILLAGE_POSTS: Array<[number, string]> = [
  [5, '村党支部书记'],
  [6, '村民委员会主任'],
  [7, '村务监督委员会主任'],
];
const TOWNSHIP_POSTS: Array<[number, string]> = [
  [0, '乡镇党委书记'],
  [1, '乡镇长'],
];

export function demoOfficials(regionCode: string): DemoOfficial[] {
  const people = demoPeople(regionCode);
  const posts = regionCode.length === 12 ? VILLAGE_POSTS : regionCode.length === 9 ? TOWNSHIP_POSTS : [];
  return posts.map(([index, position]) => ({
    id: officialId(regionCode, index),
    regionCode,
    position,
    person: people[index],
    // Village committees were elected in the 2014 round; township posts in 2016.
    termStart: regionCode.length === 12 ? '2014-03-01' : '2016-09-01',
  }));
}

export function demoRelatives(villageCode: string): DemoRelative[] {
  if (villageCode.length !== 12) return [];
  return [{ officialId: officialId(villageCode, 5), relation: '配偶', person: demoPeople(villageCode)[8] }];
}
