package dk.godstart.catalog.infrastructure;

import dk.godstart.catalog.domain.imports.ManifestLocations;
import dk.godstart.catalog.domain.imports.ProblemCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Parses an uploaded manifest without trusting it. A manifest has no business with a DTD, so the
 * first sign of one ({@code startDTD}, reported before the internal subset is read) ends parsing:
 * no entity is ever declared, expanded or fetched. External entities and DTD loading are switched
 * off as well, in case a parser reports the DOCTYPE late, and element depth is bounded so that the
 * recursive readers cannot overflow the stack.
 */
final class XmlParser {

  private static final String XML_NAMESPACE = XMLConstants.XML_NS_URI;
  private static final String MAX_DEPTH =
      "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

  private XmlParser() {}

  static XmlDocument parse(InputStream xml) throws Refused {
    TreeBuilder builder = new TreeBuilder();
    XMLReader reader = newReader(builder);
    try {
      reader.parse(new InputSource(xml));
    } catch (DoctypeFound e) {
      throw new Refused(ProblemCodes.MANIFEST_DOCTYPE, ManifestLocations.line(e.line), e.line);
    } catch (SAXParseException e) {
      throw new Refused(
          ProblemCodes.MANIFEST_MALFORMED,
          ManifestLocations.line(e.getLineNumber()),
          e.getLineNumber(),
          e.getColumnNumber(),
          e.getMessage());
    } catch (SAXException | IOException e) {
      throw new Refused(
          ProblemCodes.MANIFEST_MALFORMED, ManifestLocations.manifest(), 0, 0, e.getMessage());
    }
    return new XmlDocument(builder.root, Set.copyOf(builder.namespaces));
  }

  /**
   * A reader that reports to the builder. Seeing the DTD start (the lexical handler) is what keeps
   * parsing safe, so a parser without it is a configuration error; the other settings are extra
   * defences that a different parser implementation may lack.
   */
  private static XMLReader newReader(TreeBuilder builder) {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setXIncludeAware(false);
    setIfSupported(factory, XMLConstants.FEATURE_SECURE_PROCESSING, true);
    setIfSupported(factory, "http://xml.org/sax/features/external-general-entities", false);
    setIfSupported(factory, "http://xml.org/sax/features/external-parameter-entities", false);
    setIfSupported(
        factory, "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    try {
      XMLReader reader = factory.newSAXParser().getXMLReader();
      reader.setProperty("http://xml.org/sax/properties/lexical-handler", builder);
      reader.setContentHandler(builder);
      reader.setErrorHandler(builder);
      reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      try {
        reader.setProperty(MAX_DEPTH, "200");
      } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
        // Another parser implementation: it has its own limits.
      }
      return reader;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("The XML parser cannot be made safe", e);
    }
  }

  private static void setIfSupported(SAXParserFactory factory, String feature, boolean value) {
    try {
      factory.setFeature(feature, value);
    } catch (ParserConfigurationException | SAXException e) {
      // Not known to this parser implementation; the DTD check still stops any entity.
    }
  }

  /** Thrown from {@code startDTD} to stop before any declaration is processed. */
  private static final class DoctypeFound extends SAXException {
    private static final long serialVersionUID = 1L;
    private final int line;

    DoctypeFound(int line) {
      super("DOCTYPE");
      this.line = line;
    }
  }

  private static final class TreeBuilder extends DefaultHandler2 {
    private final Deque<XmlElement> open = new ArrayDeque<>();
    private final Set<String> namespaces = new HashSet<>();
    private Locator locator;
    private XmlElement root;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) throws SAXException {
      throw new DoctypeFound(locator == null ? 0 : locator.getLineNumber());
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
      namespaces.add(uri);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      XmlElement element =
          new XmlElement(uri, localName, locator == null ? 0 : locator.getLineNumber());
      for (int i = 0; i < attributes.getLength(); i++) {
        String prefix = XML_NAMESPACE.equals(attributes.getURI(i)) ? "xml:" : "";
        element.putAttribute(prefix + attributes.getLocalName(i), attributes.getValue(i));
      }
      if (open.isEmpty()) {
        root = element;
      } else {
        open.peek().addChild(element);
      }
      open.push(element);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      open.pop();
    }

    @Override
    public void characters(char[] characters, int start, int length) {
      if (!open.isEmpty()) {
        open.peek().appendText(characters, start, length);
      }
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
