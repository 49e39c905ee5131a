// A staff export of our own making for the import benchmarks: SIMS-style headers, semicolons, accented
// names and quoted setting names, `rows` rows spread over the given settings.
const FORENAMES = ['Siân', 'Zoë', 'Ciarán', 'Aoife', 'Tomasz', 'Priya', 'Gareth', 'Nia', 'Owen', 'Chloé'];
const SURNAMES = [
  "O'Neill",
  'Morgan',
  'Hart',
  'D’Souza',
  'Nowak',
  'Price',
  'Llewellyn',
  'Shah',
  'Evans',
  'Brennan',
];

export function staffCsv(settingNames: readonly string[], rows: number): Uint8Array {
  const lines = ['Legal Surname;Legal Forename;Role;Start Date;Email;School'];
  for (let i = 0; i < rows; i += 1) {
    const role = i % 50 === 1 ? 'DSL' : i % 50 === 2 ? 'Deputy DSL' : 'Class Teacher';
    lines.push(
      `${SURNAMES[i % 10]}-${i};${FORENAMES[(i * 7) % 10]};${role};${String((i % 28) + 1).padStart(2, '0')}/09/2020;bench${i}@northmoor.example.org;"${settingNames[i % settingNames.length]}"`,
    );
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
