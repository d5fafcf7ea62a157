export { appendToSequence, EditError, setScalars, type ScalarEdit, type ScalarValue } from './edit-yaml.js';
