import type { Text } from '../i18n.ts';
import type { Role } from '../rules/types.ts';

/** Names of the roles of clauses 1.1–1.3 and 2.1–2.4, for explanations. */
export const ROLE_NAMES: Record<Role, Text> = {
  center: { zh: '城运中心', en: 'the town operations center' },
  centerInformationOfficer: { zh: '城运中心信息员', en: 'the center information officer' },
  centerHead: { zh: '城运中心负责人', en: 'the head of the center' },
  unit: { zh: '承办单位', en: 'the handling unit' },
  unitHead: { zh: '承办单位负责人', en: 'the head of the handling unit' },
  unitInformationOfficer: { zh: '承办单位信息员', en: "the unit's information officer" },
  townLeaderInCharge: { zh: '本单位分管镇领导', en: "the unit's town leader in charge" },
  hotlineLeaderInCharge: { zh: '分管热线工作镇领导', en: 'the town leader in charge of the hotline' },
  principalLeader: { zh: '镇主要领导', en: 'the principal town leader' },
  disciplineOffice: { zh: '纪委监察办', en: 'the discipline inspection office' },
  peaceOffice: { zh: '平安办', en: 'the Peace Office' },
  districtHotlineOffice: { zh: '区热线办', en: 'the district hotline office' },
};

export function roleName(role: Role): Text {
  return ROLE_NAMES[role] ?? { zh: role, en: role };
}
