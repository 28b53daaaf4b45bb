// Regions offered in the profile, with the emergency number the triage will show for each.
import { SUPPORTED_REGIONS } from '../core/triage/emergency-numbers';

export const REGION_OPTIONS = SUPPORTED_REGIONS;
