export { appendToSequence, EditError, removeKeys, setScalars, type ScalarEdit, type ScalarValue } from './edit-yaml.js';
