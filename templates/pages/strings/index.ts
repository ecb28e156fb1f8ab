import type { Language } from '../../../domain/language';
import type { PageStrings } from '../types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';

export const PAGE_STRINGS: Readonly<Record<Language, PageStrings>> = { fr, en, de, es, it };
