// Sample drafts for the demo, in French and English, each with the platform it was written for.
// They show the kinds of hints Brio gives; which ones appear depends on the rules built in.
export const SAMPLES = [
  {
    id: 'fr-annonce',
    label: 'FR · Annonce de partenariat (LinkedIn)',
    platform: 'linkedin',
    text:
      'Nous sommes fiers de vous annoncer notre partenariat avec @Bpifrance ! Nous accompagnons nos ' +
      'clients grâce à des solutions innovantes. Rendez-vous à VivaTech 2026 : ' +
      'https://acme.example/vivatech #innovation #digital',
  },
  {
    id: 'en-launch',
    label: 'EN · Product launch (X)',
    platform: 'x',
    text:
      'We are thrilled to announce that we leverage best-in-class synergies!!! Join us at VivaTech 2026 ' +
      'in Paris: acme.example/launch #innovation #success',
  },
  {
    id: 'fr-long',
    label: 'FR · Trop long pour X',
    platform: 'x',
    text:
      "Merci à toute l'équipe 🇫🇷👩🏽‍💻 pour ce lancement ! En trois mois, vous avez testé l'appli avec " +
      '1 200 libraires indépendants, réécrit le parcours de commande et divisé par deux le temps de ' +
      'réponse du support. La suite : une version pour les bibliothèques municipales, dès septembre. ' +
      'On vous raconte tout jeudi en direct, questions bienvenues. #AcmeLive #Librairies',
  },
  {
    id: 'en-specific',
    label: 'EN · Conversational, specific tags (Bluesky)',
    platform: 'bluesky',
    text:
      'Our support team answered 4,812 questions last month. The most common one? "Can I export my ' +
      'notes?" Yes, and from Tuesday it takes one click. What should we fix next? #AcmeNotes',
  },
  {
    id: 'en-mastodon',
    label: 'EN · Release notes (Mastodon)',
    platform: 'mastodon',
    text:
      'Acme Notes 3.2 is out 🎉\n\n- offline search\n- Markdown tables\n- a faster sync for big vaults\n\n' +
      'Thanks to @ana@fosstodon.org for the bug reports! Changelog: https://acme.example/notes/3.2 #AcmeNotes',
  },
];
