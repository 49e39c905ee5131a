// Status colours of the report, matching the app's badges (src/renderer/styles/global.css): a strong
// colour for bars and text, a soft one for cell shading. Hex without '#', as Word wants it.
import type { ReportTone } from '../../core/report/model';

export const TONE_STRONG: Record<ReportTone, string> = {
  red: 'B42318',
  amber: 'B25E09',
  green: '1F7A45',
  grey: '5B6676',
  blue: '1F5F8B',
};

export const TONE_SOFT: Record<ReportTone, string> = {
  red: 'FDE8E6',
  amber: 'FDF1DC',
  green: 'E3F4EA',
  grey: 'ECEFF3',
  blue: 'E3EEF6',
};

/** Text on the soft shading: dark enough for print and for 4.5:1 contrast. */
export const TONE_TEXT: Record<ReportTone, string> = {
  red: '8F1C13',
  amber: '7A4208',
  green: '17603A',
  grey: '3F4856',
  blue: '174A6D',
};

export const INK = '1C2430';
export const MUTED = '5B6676';
export const RULE = 'D9DEE5';
export const HEADER_FILL = 'E8ECF1';
export const ACCENT = '1F5F8B';
