import type { Language, Title } from '../domain/language';

export interface PersonName {
  readonly title?: Title;
  readonly firstName: string;
  readonly lastName: string;
}

export const fullName = (p: PersonName): string => `${p.firstName} ${p.lastName}`.replace(/\s+/g, ' ').trim();

/**
 * The opening line of a letter to the guest, with its punctuation, in the form a hotel writes it.
 *
 * Choices where the language has no single obvious form:
 * - `ms`: the ordinary form for a woman (fr Madame, de Frau, es Sra., it Sig.ra); en keeps "Ms".
 * - `mx`: no gendered form exists in fr, de, es, it, so the neutral greeting with the full name.
 * - `dr`: fr "Docteur" (usual for either gender); de "Dr." fits the neutral greeting; es and it
 *   only have gendered forms (Dr./Dra., Dott./Dott.ssa), so they use the neutral greeting rather
 *   than guess.
 * - No last name: always the neutral greeting.
 */
export function salutation(language: Language, p: PersonName): string {
  const last = p.lastName.trim();
  const name = fullName(p);
  const title = last ? p.title : undefined;
  switch (language) {
    case 'fr':
      switch (title) {
        case 'mr': return `Monsieur ${last},`;
        case 'mrs': case 'ms': return `Madame ${last},`;
        case 'dr': return `Docteur ${last},`;
        default: return name ? `Bonjour ${name},` : 'Bonjour,';
      }
    case 'en':
      switch (title) {
        case 'mr': return `Dear Mr ${last},`;
        case 'mrs': return `Dear Mrs ${last},`;
        case 'ms': return `Dear Ms ${last},`;
        case 'mx': return `Dear Mx ${last},`;
        case 'dr': return `Dear Dr ${last},`;
        default: return name ? `Dear ${name},` : 'Dear guest,';
      }
    case 'de':
      switch (title) {
        case 'mr': return `Sehr geehrter Herr ${last},`;
        case 'mrs': case 'ms': return `Sehr geehrte Frau ${last},`;
        case 'dr': return `Guten Tag Dr. ${name},`;
        default: return name ? `Guten Tag ${name},` : 'Guten Tag,';
      }
    case 'es':
      switch (title) {
        case 'mr': return `Estimado Sr. ${last}:`;
        case 'mrs': case 'ms': return `Estimada Sra. ${last}:`;
        default: return name ? `Hola, ${name}:` : 'Hola:';
      }
    case 'it':
      switch (title) {
        case 'mr': return `Gentile Sig. ${last},`;
        case 'mrs': case 'ms': return `Gentile Sig.ra ${last},`;
        default: return name ? `Gentile ${name},` : 'Gentile ospite,';
      }
  }
}

/** The guest's name as the front desk reads it, e.g. "Mme Camille Dupont", "Herr Alex Müller". */
export function formalName(language: Language, p: PersonName): string {
  const name = fullName(p);
  const abbreviations: Readonly<Record<Language, Partial<Record<Title, string>>>> = {
    fr: { mr: 'M.', mrs: 'Mme', ms: 'Mme', mx: 'Mx', dr: 'Dr' },
    en: { mr: 'Mr', mrs: 'Mrs', ms: 'Ms', mx: 'Mx', dr: 'Dr' },
    de: { mr: 'Herr', mrs: 'Frau', ms: 'Frau', dr: 'Dr.' },
    es: { mr: 'Sr.', mrs: 'Sra.', ms: 'Sra.' },
    it: { mr: 'Sig.', mrs: 'Sig.ra', ms: 'Sig.ra' },
  };
  const prefix = p.title ? abbreviations[language][p.title] : undefined;
  return prefix && name ? `${prefix} ${name}` : name;
}
