package dk.godstart.catalog.web;

import dk.godstart.catalog.application.ImportedVersion;
import dk.godstart.catalog.application.ModuleCatalog;
import dk.godstart.catalog.application.ModuleDetails;
import dk.godstart.catalog.application.ModuleImport;
import dk.godstart.catalog.application.ModuleSummary;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.ErrorTexts;
import dk.godstart.kernel.InvalidInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * {@code /api/v1/modules}: authors and administrators upload SCORM packages (multipart, field
 * {@code file}) as new modules or new versions, and list and read modules.
 */
@Path("modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {

  @Inject ModuleImport imports;
  @Inject ModuleCatalog catalog;
  @Context UriInfo uri;
  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload() {
    imports.requireMayImport();
    ImportedVersion imported = withFile(imports::newModule);
    return Response.created(
            uri.getBaseUriBuilder()
                .path("modules")
                .path(String.valueOf(imported.moduleId()))
                .build())
        .entity(ImportedJson.of(imported, ErrorTexts.choose(headers.getAcceptableLanguages())))
        .build();
  }

  @POST
  @Path("{id}/versions")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response uploadVersion(@PathParam("id") long id) {
    imports.requireMayImport();
    ImportedVersion imported = withFile(upload -> imports.newVersion(id, upload));
    return Response.created(
            uri.getBaseUriBuilder().path("modules").path(String.valueOf(id)).build())
        .entity(ImportedJson.of(imported, ErrorTexts.choose(headers.getAcceptableLanguages())))
        .build();
  }

  @GET
  public List<ModuleSummary> list() {
    return catalog.list();
  }

  @GET
  @Path("{id}")
  public ModuleDetails get(@PathParam("id") long id) {
    return catalog.details(id);
  }

  /**
   * Hands the multipart field {@code file} to the importer as it arrives: the upload is read once,
   * never buffered whole. Fields before it are skipped; a request without it is refused.
   */
  private ImportedVersion withFile(Function<InputStream, ImportedVersion> importer) {
    try {
      FileItemInputIterator items = new JakartaServletFileUpload<>().getItemIterator(request);
      while (items.hasNext()) {
        FileItemInput item = items.next();
        if (!item.isFormField() && "file".equals(item.getFieldName())) {
          try (InputStream content = item.getInputStream()) {
            return importer.apply(content);
          }
        }
      }
    } catch (FileUploadException e) {
      throw new InvalidInput("bad-request", List.of(Detail.of("upload.not-multipart", "file")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new InvalidInput(
        "upload.file-missing", List.of(Detail.of("upload.file-missing", "file")));
  }

  /** The answer to an upload; the field names are a contract with other systems. */
  public record ImportedJson(
      long id,
      long versionId,
      int version,
      String title,
      String scormVersion,
      String edition,
      List<ScoJson> scos,
      List<NoteJson> notes) {

    static ImportedJson of(ImportedVersion imported, Locale locale) {
      return new ImportedJson(
          imported.moduleId(),
          imported.versionId(),
          imported.version(),
          imported.title(),
          imported.scormVersion(),
          imported.edition(),
          imported.scos().stream()
              .map(sco -> new ScoJson(sco.identifier(), sco.title(), sco.launch()))
              .toList(),
          imported.notes().stream()
              .map(
                  note ->
                      new NoteJson(
                          note.code(),
                          ErrorTexts.message(note.code(), locale, note.args().toArray())))
              .toList());
    }
  }

  /** Something the import did that the uploader should know, e.g. a top folder flattened. */
  public record NoteJson(String code, String message) {}

  /** A SCO of the package: its item identifier, title and launch address. */
  public record ScoJson(String identifier, String title, String launch) {}
}
