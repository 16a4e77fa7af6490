/**
 * The parts of the Frictionless JavaScript libraries (datapackage, tableschema;
 * no types of their own) that tests/data/frictionless.test.ts uses.
 */
declare module 'datapackage' {
  export interface Resource {
    name: string;
    tabular: boolean;
    read(options: { forceCast: true; relations?: boolean }): Promise<Array<unknown[] | Error>>;
  }
  export class Package {
    static load(descriptor: object | string, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
  }
}
