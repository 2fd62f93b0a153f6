/*
 * The table of contents the player page shows: the SCOs in tree order for packages without
 * sequencing, the organisation's tree (with its groups and hidden items) for packages with it.
 * What may be chosen is the launcher's to say; the tree is read from the configuration alone.
 */
export function tocTree(config) {
  const scoById = {};
  (config.scos || []).forEach((sco) => {
    scoById[sco.identifier] = sco;
  });
  if (config.scormVersion !== "1.2" && config.sequencing) {
    const toEntry = (node) => ({
      identifier: node.identifier,
      title: node.title || node.identifier,
      hidden: node.isvisible === false,
      launchable: Boolean(scoById[node.identifier]),
      items: (node.items || []).map(toEntry),
    });
    return (config.sequencing.items || []).map(toEntry);
  }
  return (config.scos || []).map((sco) => ({
    identifier: sco.identifier,
    title: sco.title,
    launchable: true,
    items: [],
  }));
}
