-- The SHA-256 of the uploaded zip, per version, so that uploading the same file again as a new
-- module is noticed (and offered as a new version of the module that has it instead). Versions
-- imported before this have none. Not unique: a new version may deliberately repeat an old one.
ALTER TABLE package_version ADD COLUMN upload_sha256 CHAR(64) NULL;
CREATE INDEX ix_version_upload_sha256 ON package_version (upload_sha256);
