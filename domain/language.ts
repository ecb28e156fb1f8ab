/** Languages the guest-facing pages and e-mails are written in. */
export const LANGUAGES = ['fr', 'en', 'de', 'es', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isSupportedLanguage = (l: string): l is Language => (LANGUAGES as readonly string[]).includes(l);

/** The guest's language when we speak it (region subtags ignored), else the hotel's default. */
export function pickLanguage(guestLanguage: string | undefined, hotelDefault: Language): Language {
  const base = guestLanguage?.toLowerCase().split(/[-_]/)[0] ?? '';
  return isSupportedLanguage(base) ? base : hotelDefault;
}

export const TITLES = ['mr', 'mrs', 'ms', 'mx', 'dr'] as const;
export type Title = (typeof TITLES)[number];
