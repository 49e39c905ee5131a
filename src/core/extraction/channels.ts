// The setting's own channels ("Our official social media channels are: <https://www.facebook.com/...>",
// "The school also has a private YouTube channel"), the services it blocks ("The following social media
// websites are not accessible on the School's network: X (formerly known as Twitter), Instagram") and the
// template it says it builds on ("building on The Education People's social media policy template").
import type { Block } from '../document';
import { nameKey } from '../names';
import { introducesList, itemsAfter } from './lists';
import { blockContent, countWords, sentences, span, tidy } from './text';
import type { Extracted } from './types';

const PLATFORM =
  '(?:Facebook|Twitter|X|Instagram|YouTube|Youtube|LinkedIn|TikTok|Tik\\s?Tok|WhatsApp|Snapchat|Flickr|Vimeo|Pinterest|Threads|Bluesky|Mastodon|Discord|Reddit|Twitch|Telegram|Tumblr|BeReal|Roblox|Fortnite|Omegle|Yubo|Kik|WeChat|Signal|Messenger|Seesaw|Class\\s?Dojo|Tapestry|Google\\s+Classroom|Microsoft\\s+Teams|Padlet|Blog)';
const URL = /https?:\/\/[^\s<>)"',]+|(?<![\w.@])(?:www\.)[^\s<>)"',]+\.[a-z]{2,}[^\s<>)"',]*/gi;
const HANDLE = /(?<![\w@])@[A-Za-z0-9_]{3,30}\b/g;

const OFFICIAL_LEAD = /\bofficial\b[^.]{0,60}\b(?:channels?|accounts?|pages?|sites?|presence|platforms?)\b[^.]{0,30}?(?:\b(?:are|is|include|includes|consist\s+of)\b|:)/i;
const HAS_CHANNEL = new RegExp(
  `\\b(?:the\\s+)?(?:school|setting|academy|nursery|pre-?\\s?school|trust|federation|we)\\s+(?:also\\s+)?(?:has|have|runs?|uses?|operates?|maintains?|manages?)\\s+(?:an?\\s+|its\\s+own\\s+|our\\s+own\\s+)?((?:(?:private|official|closed|public|secure)\\s+)?${PLATFORM}(?:\\s+(?:page|account|channel|group|feed|profile))?)\\b`,
  'i',
);

const CHANNEL_MORE = new RegExp(`^\\s*(?:,|and|&)\\s+(?:an?\\s+)?((?:(?:private|official|closed|public|secure)\\s+)?${PLATFORM}(?:\\s+(?:page|account|channel|group|feed|profile))?)\\b`, 'i');

function addUnique(out: Extracted<string>[], value: string, block: Block, start: number, end: number, confidence: number): void {
  const v = tidy(value);
  if (!v) return;
  if (out.some((o) => nameKey(o.value) === nameKey(v))) return;
  out.push({ value: v, source: span(block, start, end), confidence });
}

const FOLLOW_US = new RegExp(`\\bfollow\\s+us\\s+on\\s+(${PLATFORM})(?:\\s*(?:at|:)?\\s*\\(?(@[A-Za-z0-9_]{3,30}))?`, 'i');
/** A link to a social media account (not to a platform's help or safety pages). */
const SOCIAL_URL = /(?:https?:\/\/)?(?:www\.|m\.)?(?:facebook\.com|twitter\.com|x\.com|instagram\.com|youtube\.com|tiktok\.com|linkedin\.com|flickr\.com|vimeo\.com)\/(?!help|safety|policies|policy|legal|about|privacy|terms|community|watch|results|hc\/|business|parents|safety-centre|settings|support)[A-Za-z0-9_@.\-/]{2,80}/gi;

/** The setting's own accounts and addresses. */
export function readOfficialChannels(blocks: readonly Block[]): Extracted<string>[] {
  const out: Extracted<string>[] = [];
  blocks.forEach((block, i) => {
    const { text, offset } = blockContent(block);
    if (!/official|has|have|runs?|uses?|follow/i.test(text)) return;
    for (const s of sentences(text)) {
      const sentence = text.slice(s.start, s.end);
      const lead = OFFICIAL_LEAD.exec(sentence);
      if (lead) {
        const after = sentence.slice(lead.index + lead[0].length);
        const urls = [...after.matchAll(URL), ...after.matchAll(HANDLE)];
        for (const u of urls) {
          const at = offset + s.start + lead.index + lead[0].length + (u.index ?? 0);
          addUnique(out, u[0].replace(/[.>]+$/, ''), block, at, at + u[0].length, 0.85);
        }
        // "Our official Facebook page is ...": the platform may sit inside the lead-in itself.
        const from = sentence.search(/\bofficial\b/i);
        const tail = sentence.slice(from);
        const platforms = [...tail.matchAll(new RegExp(`(?<![\\p{L}/.])${PLATFORM}(?:\\s+(?:page|account|channel|group|feed|profile))?(?![\\p{L}])`, 'gu'))];
        if (urls.length === 0) {
          for (const p of platforms) {
            const at = offset + s.start + from + (p.index ?? 0);
            addUnique(out, p[0], block, at, at + p[0].length, 0.75);
          }
        }
        if (urls.length === 0 && platforms.length === 0 && introducesList(blocks, i)) {
          for (const item of itemsAfter(blocks, i, 8)) {
            const url = item.text.match(URL)?.[0];
            // "X: @StBedesJuniors": the handle is the channel's address.
            const handle = item.text.match(HANDLE)?.[0];
            const platform = new RegExp(`(?<![\\p{L}])${PLATFORM}(?![\\p{L}])`, 'u').exec(item.text)?.[0];
            const value = url ?? handle ?? (platform && countWords(item.text) <= 6 ? item.text : platform);
            if (value) addUnique(out, value, item.block, item.start, item.end, 0.8);
          }
        }
      }
      // "Follow us on X @HillcrestPS": the handle, else the platform.
      const follow = FOLLOW_US.exec(sentence);
      if (follow) {
        const value = follow[2] ?? follow[1]!;
        const at = offset + s.start + follow.index + follow[0].lastIndexOf(value);
        addUnique(out, value, block, at, at + value.length, 0.75);
      }
      const has = HAS_CHANNEL.exec(sentence);
      if (has && !/\b(?:not|never|no)\b/i.test(sentence.slice(0, has.index + has[0].length))) {
        const at = offset + s.start + has.index + has[0].indexOf(has[1]!);
        addUnique(out, has[1]!, block, at, at + has[1]!.length, 0.7);
        // "a Facebook page and an Instagram account": each channel of the run.
        let rest = has.index + has[0].length;
        for (let more = CHANNEL_MORE.exec(sentence.slice(rest)); more; more = CHANNEL_MORE.exec(sentence.slice(rest))) {
          const from = offset + s.start + rest + more[0].indexOf(more[1]!);
          addUnique(out, more[1]!, block, from, from + more[1]!.length, 0.65);
          rest += more[0].length;
        }
      }
    }
  });
  // Links to accounts anywhere in the text are the setting's own: a policy does not link to others' pages.
  for (const block of blocks) {
    const { text, offset } = blockContent(block);
    if (!/\.com\//i.test(text)) continue;
    SOCIAL_URL.lastIndex = 0;
    for (let m = SOCIAL_URL.exec(text); m; m = SOCIAL_URL.exec(text)) {
      const url = m[0].replace(/[.,;)>]+$/, '');
      if (out.some((o) => o.value.replace(/^https?:\/\/(?:www\.)?/, '') === url.replace(/^https?:\/\/(?:www\.)?/, ''))) continue;
      addUnique(out, url, block, offset + m.index, offset + m.index + url.length, 0.6);
    }
  }
  return out;
}

const BLOCK_LEAD = /\b(?:(?:are|is|will\s+be|have\s+been|has\s+been)\s+(?:currently\s+)?(?:blocked|not\s+accessible|inaccessible|filtered|restricted)|not\s+(?:be\s+)?accessible|cannot\s+be\s+accessed|(?:we|school|setting|academy)\s+blocks?\b|block(?:s|ed)?\s+access\s+to|prevent(?:s|ed)?\s+access\s+to)\b/i;
const PLATFORM_RUN = new RegExp(`((?:${PLATFORM}(?:\\s*\\([^)]{0,40}\\))?)(?:\\s*(?:,|and|&|\\/|or)\\s*${PLATFORM}(?:\\s*\\([^)]{0,40}\\))?)*)`, 'u');

function cleanService(text: string): string {
  return tidy(text.replace(/formerly\s+known\s+as/i, 'formerly')).replace(/[.;,]+$/, '');
}

/** Services the setting says it blocks. */
export function readBlockedServices(blocks: readonly Block[]): Extracted<string>[] {
  const out: Extracted<string>[] = [];
  blocks.forEach((block, i) => {
    const { text, offset } = blockContent(block);
    if (!/block|accessible|accessed|restrict|filter|prevent/i.test(text)) return;
    for (const s of sentences(text)) {
      const sentence = text.slice(s.start, s.end);
      const lead = BLOCK_LEAD.exec(sentence);
      if (!lead) continue;
      // "Facebook is not a blocked site" is the opposite.
      if (/\bnot\s+(?:a\s+)?blocked\b/i.test(sentence)) continue;
      if (/:\s*$/.test(sentence) && introducesList(blocks, i)) {
        for (const item of itemsAfter(blocks, i, 8)) addUnique(out, cleanService(item.text), item.block, item.start, item.end, 0.85);
        continue;
      }
      // Inline: "Access to TikTok and Snapchat is blocked", "The school blocks Instagram, Snapchat and TikTok".
      const before = sentence.slice(0, lead.index);
      const after = sentence.slice(lead.index + lead[0].length);
      const runAfter = PLATFORM_RUN.exec(after);
      const runBefore = [...before.matchAll(new RegExp(PLATFORM_RUN.source, 'gu'))].pop();
      // "... are blocked on the school network: Snapchat, TikTok and Instagram": the run after a colon.
      const chosen = runAfter && (runAfter.index <= 20 || /:\s*$/.test(after.slice(0, runAfter.index))) ? { m: runAfter, base: lead.index + lead[0].length } : runBefore ? { m: runBefore, base: 0 } : null;
      if (!chosen) continue;
      const list = chosen.m[1]!;
      let at = offset + s.start + chosen.base + (chosen.m.index ?? 0);
      for (const part of list.split(/\s*(?:,|\band\b|&|\/|\bor\b)\s*(?![^(]*\))/)) {
        const p = part.trim();
        if (!p) continue;
        const pos = text.indexOf(p, at - offset);
        if (pos >= 0) at = offset + pos;
        addUnique(out, cleanService(p), block, at, at + p.length, 0.75);
      }
    }
  });
  return out;
}

const TEMPLATE =
  /\b(?:building\s+on|built\s+(?:up)?on|based\s+(?:up)?on|adapted\s+from|developed\s+from|derived\s+from|taken\s+from|adopted\s+from|using|follows?|in\s+line\s+with)\s+((?:[^.;:]{2,100}?)\b(?:template|model\s+(?:policy|document)|exemplar(?:\s+policy)?))\b/i;
const PROVIDED_BY = /\b(?:template|model\s+policy)\s+(?:provided|produced|published|written|developed)\s+by\s+(?:the\s+)?([^.;,]{3,80})/i;

/** The template the policy says it builds on. */
export function readTemplateSource(blocks: readonly Block[]): Extracted<string> | null {
  for (const block of blocks) {
    const { text, offset } = blockContent(block);
    if (!/template|model|exemplar/i.test(text)) continue;
    const m = TEMPLATE.exec(text);
    if (m) {
      // "the Local Authority's template" drops its article; "The Education People's template" keeps its name.
      const article = /^(?:the|a|an|our)\s+/.exec(m[1]!)?.[0] ?? '';
      const value = tidy(m[1]!.slice(article.length));
      const at = offset + m.index + m[0].indexOf(m[1]!) + article.length;
      if (countWords(value) <= 14) return { value, source: span(block, at, at + m[1]!.length - article.length), confidence: 0.8 };
    }
    const p = PROVIDED_BY.exec(text);
    if (p) {
      const at = offset + p.index;
      return { value: `${tidy(p[1]!)} template`, source: span(block, at, at + p[0].length), confidence: 0.65 };
    }
  }
  return null;
}
