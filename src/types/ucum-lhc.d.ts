// The part of @lhncbc/ucum-lhc the lab conversions use; the package ships no type declarations.
declare module '@lhncbc/ucum-lhc' {
  export type ConvertOptions = { molecularWeight?: number; charge?: number; suggest?: boolean };
  export type ConvertResult = {
    status: 'succeeded' | 'failed' | 'error';
    toVal: number | null;
    msg: string[];
  };
  export type ValidateResult = { status: 'valid' | 'invalid' | 'error'; msg: string[] };
  export interface UcumLhcUtils {
    convertUnitTo(
      fromUnit: string,
      fromValue: number,
      toUnit: string,
      options?: ConvertOptions,
    ): ConvertResult;
    validateUnitString(unit: string): ValidateResult;
  }
  const ucum: { UcumLhcUtils: { getInstance(): UcumLhcUtils } };
  export default ucum;
}
