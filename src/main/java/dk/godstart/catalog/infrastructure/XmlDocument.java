package dk.godstart.catalog.infrastructure;

import java.util.Set;

/** A parsed manifest: its root and every namespace URI it declares (they tell the edition). */
record XmlDocument(XmlElement root, Set<String> namespaces) {}
