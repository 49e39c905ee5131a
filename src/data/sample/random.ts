/** A small seeded generator (mulberry32): the same seed always gives the same sample data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Deterministic UUID-shaped ids, so a sample built twice is byte-for-byte the same. */
export function idFactory(prefix: string): <T extends string>() => T {
  let n = 0;
  return <T extends string>() => {
    n += 1;
    const hex = n.toString(16).padStart(12, '0');
    return `${prefix}-0000-4000-8000-${hex}` as T;
  };
}

export const FORENAMES = [
  'Amelia', 'Oliver', 'Isla', 'George', 'Ava', 'Noah', 'Freya', 'Arthur', 'Priya', 'Mohammed', 'Siân', 'Rhys', 'Aoife', 'Ciarán', 'Zoë',
  'Chloé', 'Tomasz', 'Agnieszka', 'Kwame', 'Ngozi', 'Hannah', 'Daniel', 'Grace', 'Samuel', 'Leah', 'Yusuf', 'Eilidh', 'Callum', 'Bethan',
  'Dylan', 'Fatima', 'Imran', 'Ruth', 'Joseph', 'Megan', 'Owen', 'Nia', 'Harriet', 'Matthew', 'Sophie', 'Ellis', 'Jade', 'Patrick',
];

export const SURNAMES = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Roberts', 'Johnson', 'Lewis', 'Walker',
  'Robinson', 'Wood', 'Thompson', 'White', 'Watson', 'Jackson', 'Wright', 'Green', 'Harris', 'Cooper', 'King', 'Lee', 'Martin',
  "O'Neill", 'Ó Briain', 'Llewellyn', 'ap Rhys', 'Patel', 'Khan', 'Begum', 'Nowak', 'Kowalski', 'Okafor', 'Mensah', 'Achebe',
  'MacLeod', 'Fitzgerald', 'Quinn', 'Hughes', 'Price', 'Morgan', 'Griffiths', 'Ahmed', 'Chowdhury', 'Singh', 'Kaur', 'Nguyen',
];
