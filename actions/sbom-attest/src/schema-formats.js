// The string formats the generated validators (src/generated/) check, by name: those of
// ajv-formats, `idn-email` from ajv-formats-draft2019, and `iri-reference` accepted as is, as
// @cyclonedx/cyclonedx-library's own validator does. Plain JavaScript because only the
// generated (JavaScript) validators import it, and the bundler resolves it from them as is.
import formatsModule from 'ajv-formats/dist/formats.js';
import idnEmail from 'ajv-formats-draft2019/formats/idn-email.js';

export default {
  ...formatsModule.fullFormats,
  'idn-email': idnEmail,
  'iri-reference': true,
};
