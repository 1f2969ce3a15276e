// Posts shared by the JS tests: French and English, emoji, flags, ZWJ sequences, CJK, URLs,
// remote mentions, and posts past each platform's limit, so that offsets are exercised where
// UTF-16, code points and bytes differ.
const a = (n) => 'a'.repeat(n);

export const POSTS = [
  { name: 'fr-annonce', text: 'Nous sommes fiers de vous annoncer notre partenariat avec @Bpifrance ! Rendez-vous à VivaTech 2026 : https://acme.example/vivatech #innovation #digital' },
  { name: 'en-launch', text: 'We are thrilled to announce that we leverage best-in-class synergies!!! Join us: acme.example/launch #innovation #success' },
  { name: 'emoji-tags', text: 'Merci 🙏🏽 à toute l’équipe 👩🏽‍💻🇫🇷 ! #AcmeLive #Librairies $ACME @ana' },
  { name: 'flags-over-x', text: '🇫🇷🇬🇧🇩🇪 '.repeat(40) + '#EuropeDay' },
  { name: 'cjk', text: '新しい製品を発表します。#新製品 '.repeat(12) },
  { name: 'x-285', text: a(285) },
  { name: 'x-280', text: a(280) },
  { name: 'long-emoji-tail', text: a(270) + ' 👍🏿👨‍👩‍👧‍👦🇯🇵 end #Tag' },
  { name: 'urls', text: 'Read https://example.com/a/very/long/path?with=query and www.acme.example too ' + a(250) },
  { name: 'mastodon-mention', text: 'Thanks @ana@fosstodon.org and @bob! ' + 'é'.repeat(480) },
  { name: 'combining', text: 'Cafe\u0301 cre\u0300me bru\u0302le\u0301e ' + 'x'.repeat(300) },
  { name: 'multiline', text: 'Line one\n\nLine two #Tag\r\nLine three ' + a(290) },
  { name: 'empty', text: '' },
  { name: 'space', text: '   ' },
];

export const PLATFORMS = ['x', 'mastodon', 'bluesky', 'threads', 'linkedin', 'instagram', 'facebook'];
