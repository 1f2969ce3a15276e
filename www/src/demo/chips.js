// Hashtag chips, coloured by the grade the hashtag rules give (specific, hollow, autopilot,
// banned, campaign); neutral while a tag has no grade.

const TITLES = {
  specific: 'Specific: people search it and your post can be seen there',
  hollow: 'Hollow: generic and saturated, nobody will find you through it',
  autopilot: 'Autopilot: in most of your past posts, out of habit',
  banned: "Banned by the brand's profile",
  campaign: 'Campaign tag required by the profile',
};

export function renderChips(container, hashtags) {
  if (!hashtags.length) {
    const empty = document.createElement('span');
    empty.className = 'empty';
    empty.textContent = 'No hashtags';
    container.replaceChildren(empty);
    return;
  }
  container.replaceChildren(
    ...hashtags.map((tag) => {
      const chip = document.createElement('span');
      chip.className = `chip grade-${tag.grade ?? 'none'}`;
      chip.dataset.grade = tag.grade ?? '';
      chip.textContent = tag.text;
      chip.title = TITLES[tag.grade] ?? 'Not graded';
      return chip;
    }),
  );
}
