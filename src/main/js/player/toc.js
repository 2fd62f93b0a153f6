/*
 * The table of contents the player page shows: the items (SCOs and assets) in tree order for
 * packages without sequencing, the activity tree (with its groups and hidden items) for packages
 * with it.
 * What may be chosen is the launcher's to say; the tree is read from the configuration alone.
 */
export function tocTree(config) {
  const scoById = {};
  (config.scos || []).forEach((sco) => {
    scoById[sco.identifier] = sco;
  });
  if (config.scormVersion !== "1.2" && config.activityTree) {
    const toEntry = (node) => ({
      identifier: node.id,
      title: node.title || node.id,
      hidden: node.isVisible === false,
      launchable: Boolean(scoById[node.id]),
      items: (node.children || []).map(toEntry),
    });
    return (config.activityTree.children || []).map(toEntry);
  }
  return (config.scos || []).map((sco) => ({
    identifier: sco.identifier,
    title: sco.title,
    launchable: true,
    items: [],
  }));
}
