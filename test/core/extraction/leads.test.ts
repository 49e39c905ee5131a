import { describe, expect, it } from 'vitest';
import { spanText } from '../../../src/core/document';
import { readLeads } from '../../../src/core/extraction/leads';
import { readName, readNameList } from '../../../src/core/extraction/person-names';
import { doc } from './support';

function leads(...lines: string[]) {
  const r = readLeads(doc(...lines).blocks);
  return {
    leads: r.leads.map((l) => `${l.value.role}: ${l.value.name}`).sort(),
    others: r.others.map((o) => `${o.value.name} (${o.value.roleText})`).sort(),
  };
}

describe('names as written', () => {
  it.each([
    ['Mrs Paula Trewin', 'Paula Trewin'],
    ['L Sanderson', 'L Sanderson'],
    ["Julie O'Neill,", "Julie O'Neill"],
    ['Mr A. J. McDonald-Smith (Headteacher)', 'A. J. McDonald-Smith'],
    ['Dr Priya Natarajan', 'Priya Natarajan'],
    ['Mrs Trewin', 'Trewin'],
    ['Revd Canon Mark Ellis', 'Canon Mark Ellis'],
    ['Ellen de Souza', 'Ellen de Souza'],
    ['Siân Ap Rhys', 'Siân Ap Rhys'],
  ])('%s -> %s', (text, expected) => {
    expect(readName(text, 0)?.name).toBe(expected);
  });

  it.each(['Head of School', 'TBC', 'Vacant', 'the Headteacher', 'Designated Safeguarding Lead', 'using MyConcern', 'Smith', 'FGB', 'Governing Body'])('%s is not a name', (text) => {
    expect(readName(text, 0)).toBeNull();
  });

  it('reads lists of names', () => {
    expect(readNameList('Rachel French, Nicola Setford', 0).names.map((n) => n.name)).toEqual(['Rachel French', 'Nicola Setford']);
    expect(readNameList('Mr A Smith and Mrs B Jones & Ms C Brown', 0).names.map((n) => n.name)).toEqual(['A Smith', 'B Jones', 'C Brown']);
    expect(readNameList('Sam Okoro (Deputy Head) and Li Wei (SENCO)', 0).names.map((n) => n.name)).toEqual(['Sam Okoro', 'Li Wei']);
  });
});

describe('named leads from header lines and key-people tables', () => {
  it('reads a header block, one person in two roles, titles dropped', () => {
    expect(leads('Designated Safeguarding Lead: Jacqui Spinks (Head of School)', 'Governor responsible for Safeguarding: Mrs Paula Trewin').leads).toEqual([
      'dsl: Jacqui Spinks',
      'headteacher: Jacqui Spinks',
      'safeguarding_governor: Paula Trewin',
    ]);
  });

  it.each([
    ['Designated Safeguarding Lead (DSL): Mrs Amara Okafor', ['dsl: Amara Okafor']],
    ['DSL: Tom Hughes', ['dsl: Tom Hughes']],
    ['Deputy DSLs: Priya Shah and Owen Lloyd', ['deputy_dsl: Owen Lloyd', 'deputy_dsl: Priya Shah']],
    ['Deputy Designated Safeguarding Leads: Mr K Osei, Mrs F Khan and Miss R Doyle', ['deputy_dsl: F Khan', 'deputy_dsl: K Osei', 'deputy_dsl: R Doyle']],
    ['Designated Safeguarding Deputies: Rachel French, Nicola Setford', ['deputy_dsl: Nicola Setford', 'deputy_dsl: Rachel French']],
    ['Nominated governor for safeguarding: Cllr Dev Mistry', ['safeguarding_governor: Dev Mistry']],
    ['Safeguarding Link Governor - Ms Hannah Price', ['safeguarding_governor: Hannah Price']],
    ['Governor with responsibility for online safety: Peter Vance', ['safeguarding_governor: Peter Vance']],
    ['Chair of Governors: Mrs E Walsh', ['chair_of_governors: E Walsh']],
    ['Headteacher: Mr Daniel Reeve', ['headteacher: Daniel Reeve']],
    ['Principal – Dr Grace Mensah', ['headteacher: Grace Mensah']],
    ['Manager/Owner: Nicola Setford', ['headteacher: Nicola Setford']],
    ['Nursery Manager: Kelly Ward', ['headteacher: Kelly Ward']],
    ['Data Protection Officer (DPO): Mr Craig Stilwell (Judicium Education)', ['dpo: Craig Stilwell']],
    ['DPO: Sarah Lane', ['dpo: Sarah Lane']],
    ['Online Safety Lead: Mr Ian Frost', ['online_safety_lead: Ian Frost']],
    ['E-Safety Co-ordinator: Beth Moran', ['online_safety_lead: Beth Moran']],
    ['Headteacher and DSL: Mrs Joanne Park', ['dsl: Joanne Park', 'headteacher: Joanne Park']],
    ['Designated Safeguarding Lead: TBC', []],
    ['Designated Safeguarding Lead: Vacant (interim arrangements with the Executive Head)', []],
  ])('%s', (line, expected) => {
    expect(leads(line).leads).toEqual(expected);
  });

  it('reads several roles on one flattened line', () => {
    expect(leads('DSL: Mrs A Bloggs  Deputy DSL: Mr C Dee  Safeguarding Governor: Ms E Fox').leads).toEqual(['deputy_dsl: C Dee', 'dsl: A Bloggs', 'safeguarding_governor: E Fox']);
  });

  it('reads roles and deputies in one sentence', () => {
    expect(leads('The Designated Safeguarding Lead is Mrs S Jones (Headteacher), and the Deputy Designated Safeguarding Leads are Mr T Brown and Miss K White.').leads).toEqual([
      'deputy_dsl: K White',
      'deputy_dsl: T Brown',
      'dsl: S Jones',
      'headteacher: S Jones',
    ]);
    expect(leads('The governor who oversees online safety is Mrs Rosa Delgado.').leads).toEqual(['safeguarding_governor: Rosa Delgado']);
  });

  it('does not read an organisation as a person', () => {
    expect(leads('This policy has been written by St Alphege CE Infant School and Sunbeams Nursery, involving staff.')).toEqual({ leads: [], others: [] });
    expect(leads('Written by: Hartshire County Council Education Services')).toEqual({ leads: [], others: [] });
  });

  it('reads a key-people table, role first or name first', () => {
    expect(
      leads('Role\tName\tContact', 'Designated Safeguarding Lead\tMrs Laura Bennett\t01632 960123', 'Deputy DSL\tMr Chris Adeyemi\t01632 960124', 'Safeguarding Governor\tRev. Alan Moss\tvia the school office').leads,
    ).toEqual(['deputy_dsl: Chris Adeyemi', 'dsl: Laura Bennett', 'safeguarding_governor: Alan Moss']);
    expect(leads('Name\tRole', 'Fatima Rahman\tHeadteacher and DSL', 'Joe Bloggs\tDeputy DSL').leads).toEqual(['deputy_dsl: Joe Bloggs', 'dsl: Fatima Rahman', 'headteacher: Fatima Rahman']);
  });

  it('reads a list of key people written name first', () => {
    expect(leads('Key contacts:', '- Mrs Helen Carter – Designated Safeguarding Lead', '- Mr Raj Patel (Deputy DSL)', '- Ms Erin Doyle, Chair of Governors').leads).toEqual([
      'chair_of_governors: Erin Doyle',
      'deputy_dsl: Raj Patel',
      'dsl: Helen Carter',
    ]);
  });

  it('does not read "Manager" in "Deputy Manager" or "Business Manager" as the head', () => {
    const r = leads('Deputy Manager: Julie O’Neill', 'School Business Manager: Alan Green', 'Manager: Nicola Setford');
    expect(r.leads).toEqual(['business_manager: Alan Green', 'headteacher: Nicola Setford']);
    expect(r.others).toEqual(["Julie O'Neill (Deputy Manager)"]);
  });
});

describe('named leads in prose', () => {
  it('reads a role and a name in apposition, with the role after the name', () => {
    expect(leads('As outlined in our child protection policy, the Designated Safeguarding Lead (DSL), Jacqui Spinks, Head of School is recognised as having overall responsibility for online safety.').leads).toEqual([
      'dsl: Jacqui Spinks',
      'headteacher: Jacqui Spinks',
    ]);
  });

  it.each([
    ['Our Designated Safeguarding Lead is Mrs Anna Kowalski, supported by the deputies.', ['dsl: Anna Kowalski']],
    ['Concerns should be raised with the headteacher, Mr Colin Baptiste, straight away.', ['headteacher: Colin Baptiste']],
    ['Mrs Grace Hill (Headteacher) is the DSL for the school and will act on any concern.', ['headteacher: Grace Hill']],
    ['Please contact the DSL using MyConcern or in person.', []],
    ['Any misuse must be reported to the Head Teacher as soon as noticed.', []],
  ])('%s', (text, expected) => {
    expect(leads(text).leads).toEqual(expected);
  });

  it('trusts the header over prose for a role the header names', () => {
    const r = leads(
      'Designated Safeguarding Lead: Julie O’Neill,',
      'Manager: Nicola Setford',
      'As outlined in our child protection policy, the Designated Safeguarding Lead (DSL), Julie O’Neill (Deputy Manager) and Nicola Setford (Manager) is recognised as having overall responsibility.',
    );
    expect(r.leads).toEqual(["dsl: Julie O'Neill", 'headteacher: Nicola Setford']);
  });
});

describe('authors and other named people are kept apart from leads', () => {
  it('reads an author from a header table and from prose', () => {
    expect(leads('Written By\tL Sanderson\tVersion 1.0\t06/09/21')).toEqual({ leads: [], others: ['L Sanderson (policy author)'] });
    expect(leads('Written By L Sanderson Version 1.0 06/09/21 Agreed By FGB 17/11/21')).toEqual({ leads: [], others: ['L Sanderson (policy author)'] });
    expect(leads('Author: Mr T Adebayo').others).toEqual(['T Adebayo (policy author)']);
    expect(leads('This policy was prepared by Karen Holt, Computing Lead, with staff and pupils.').others).toEqual(['Karen Holt (policy author)']);
  });

  it('keeps roles outside the lead vocabulary with the person', () => {
    const r = leads('Named Person with lead responsibility: Nicola Setford', 'Data Controller: Nicola Setford', 'SENCO: Mrs Ruth Ibe');
    expect(r.leads).toEqual(['data_controller: Nicola Setford']);
    expect(r.others).toEqual(['Nicola Setford (Named Person with lead responsibility)', 'Ruth Ibe (SENCO)']);
  });

  it('keeps the source span of a lead', () => {
    const d = doc('Governor responsible for Safeguarding: Mrs Paula Trewin');
    const r = readLeads(d.blocks);
    expect(spanText(d, r.leads[0]!.source!)).toBe('Paula Trewin');
  });
});
