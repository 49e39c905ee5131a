// Guidance that policies often cite besides the trust's catalogue (resources/defaults/guidance.json).
// Recognised so a citation reads as one canonical name; editions here are not tracked for staleness
// (that is the catalogue's job, which the user keeps up to date). A catalogue entry with the same id wins.

export interface KnownDocument {
  id: string;
  name: string;
  aliases: string[];
  editions: number[];
  /** From the trust's catalogue (its id is reported as the guidance id). */
  catalogue?: boolean;
}

export const KNOWN_DOCUMENTS: KnownDocument[] = [
  { id: 'sharing_nudes', name: 'Sharing nudes and semi-nudes: advice for education settings', aliases: ['Sharing nudes and semi-nudes', 'Sexting in schools and colleges'], editions: [2016, 2020, 2024] },
  { id: 'education_connected_world', name: 'Education for a Connected World', aliases: [], editions: [2018, 2020] },
  { id: 'searching_screening', name: 'Searching, Screening and Confiscation', aliases: ['Searching, screening and confiscation at school'], editions: [2018, 2022] },
  { id: 'safer_working_practice', name: 'Guidance for Safer Working Practice', aliases: ['Guidance for Safer Working Practice for those working with children and young people in education settings', 'Safer Working Practice guidance'], editions: [2015, 2019, 2022] },
  { id: 'data_protection_toolkit', name: 'Data protection: a toolkit for schools', aliases: ['Data protection: a tool kit for schools', 'Data protection toolkit for schools'], editions: [2018] },
  { id: 'preventing_tackling_bullying', name: 'Preventing and Tackling Bullying', aliases: [], editions: [2014, 2017] },
  { id: 'cyberbullying_advice', name: 'Cyberbullying: Advice for headteachers and school staff', aliases: ['Cyberbullying: advice for head teachers and school staff'], editions: [2014] },
  { id: 'behaviour_in_schools', name: 'Behaviour in Schools', aliases: [], editions: [2022, 2024] },
  { id: 'rse_guidance', name: 'Relationships Education, Relationships and Sex Education (RSE) and Health Education', aliases: ['Relationships Education, Relationships and Sex Education and Health Education'], editions: [2019, 2025] },
  { id: 'information_sharing', name: 'Information sharing: advice for practitioners', aliases: ['Information Sharing Advice for practitioners providing safeguarding services'], editions: [2015, 2018, 2024] },
  { id: 'worried_child_abused', name: "What to do if you're worried a child is being abused", aliases: ['What to do if you are worried a child is being abused'], editions: [2015] },
  { id: 'online_safety_early_years', name: 'Safeguarding children and protecting professionals in early years settings: online safety considerations', aliases: ['online safety considerations for managers'], editions: [2019] },
  { id: 'online_safety_governors', name: 'Online safety in schools and colleges: Questions from the Governing Board', aliases: ['Questions from the Governing Board'], editions: [2016, 2022] },
  { id: 'harmful_online_challenges', name: 'Harmful online challenges and online hoaxes', aliases: [], editions: [2021] },
  { id: 'meeting_digital_standards', name: 'Meeting digital and technology standards in schools and colleges', aliases: ['Digital and technology standards'], editions: [2022, 2023] },
  { id: 'mental_health_behaviour', name: 'Mental health and behaviour in schools', aliases: [], editions: [2018] },
  { id: 'sexual_violence_harassment', name: 'Sexual violence and sexual harassment between children in schools and colleges', aliases: [], editions: [2018, 2021] },
  { id: 'use_of_social_media_radicalisation', name: 'How social media is used to encourage travel to Syria and Iraq', aliases: [], editions: [2015] },
  { id: 'ukcis_framework', name: 'UKCIS Digital Resilience Framework', aliases: ['Digital Resilience Framework'], editions: [2019] },
  { id: 'send_code_of_practice', name: 'SEND Code of Practice: 0 to 25 years', aliases: ['Special educational needs and disability code of practice: 0 to 25 years', 'Special educational needs and disability code of practice', 'SEND Code of Practice', 'SEN Code of Practice', 'SEND Code of Practice 0-25'], editions: [2014, 2015] },
  { id: 'eyfs', name: 'Early Years Foundation Stage statutory framework', aliases: ['Statutory framework for the early years foundation stage', 'Early Years Foundation Stage', 'EYFS'], editions: [2017, 2021, 2023, 2024, 2025] },
];
