export async function run(argv: string[]): Promise<number> {
  process.stderr.write('jixiao import: not available yet\n');
  void argv;
  return 2;
}
