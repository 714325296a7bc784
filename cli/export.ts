export async function run(argv: string[]): Promise<number> {
  process.stderr.write('jixiao export: not available yet\n');
  void argv;
  return 2;
}
