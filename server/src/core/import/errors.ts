// An input the importer cannot turn into a report, with a message in Chinese
// for the user (the CLI prints it as it is).
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
