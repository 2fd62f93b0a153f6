package dk.godstart.catalog.infrastructure;

import dk.godstart.catalog.domain.manifest.Manifest;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a package's manifest model as JSON in its version row. The model is read once at import
 * and never changes, so a document column is simpler than a dozen tables for items, resources and
 * sequencing rules; the player reads it whole.
 */
@Converter(autoApply = true)
public class ManifestJsonConverter implements AttributeConverter<Manifest, String> {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(Manifest manifest) {
    return manifest == null ? null : JSON.toJson(manifest);
  }

  @Override
  public Manifest convertToEntityAttribute(String json) {
    return json == null ? null : JSON.fromJson(json, Manifest.class);
  }
}
