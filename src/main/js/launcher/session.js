/* From the launch of a SCO until it is unloaded: its runtime and what is not yet stored. */
export class Session {
  constructor(sco, api, version) {
    this.sco = sco;
    this.api = api;
    this.version = version;
    this.changes = 0; // successful SetValue calls so far
    this.savedChanges = 0; // the value of changes when the last accepted commit was built
    this.finalSent = false; // a commit with terminated=true went out for this session
    this.terminateFailed = false; // the SCO called Terminate, but its final commit failed
    this.navRequest = null; // the player's navigation request that ends this session
  }

  isOpen() {
    return this.api.isInitialized() && !this.api.isTerminated();
  }

  isDirty() {
    return this.changes !== this.savedChanges;
  }

  cmiForCommit(final) {
    const rendered = this.api.renderCommitCMI(final);
    return rendered && rendered.cmi ? rendered.cmi : rendered;
  }
}
