// What counts as a unit file: shared by the loader and the history reader, which must not pull
// in the loader's schema validator just to know a file name.

export function isYamlFile(name: string): boolean {
  return name.endsWith('.yaml') || name.endsWith('.yml');
}
