/** The document's tags: the groups of operations in `/docs`, each named and described zh first, then en. */
export const TAGS = {
  decisions: {
    name: '决定 Decisions',
    description: '按规则集对工单作出决定：期限、状态、督办、可办事项、依据条款。\nDecide tickets under a rule set.',
  },
  calendar: {
    name: '期限与日历 Deadlines & calendar',
    description:
      '按国务院节假日安排（含调休上班）计算期限、查询工作日。\nDeadlines on the official working-day calendar.',
  },
  rules: {
    name: '规则 Rules',
    description: '已载入的规则版本、各文件的文本，校验规则或日历文件。\nLoaded rule versions, their files, validation.',
  },
  tickets: {
    name: '工单 Tickets',
    description: '随附的示例工单与按种子生成的工单。\nShipped fixture tickets and generated ones.',
  },
  runs: {
    name: '模拟与比较 Simulations & comparisons',
    description:
      '后台运行的规则模拟与版本比较（开始、取消需 Bearer 令牌）。\nBackground runs; starting or cancelling one needs the bearer token.',
  },
  agenda: {
    name: '每日待办 Agenda',
    description:
      '每日汇总：按各办公室自己的提醒、期限、审批与报送规则，列出当天要做的事。\nThe daily agenda, from each office’s own rules.',
  },
  assessments: {
    name: '考核 Assessments',
    description: '单位与月度考核。\nUnit and month assessment.',
  },
  service: {
    name: '服务 Service',
    description: '健康检查与基准测试对照路由。\nHealth and a trivial route for benchmarks.',
  },
} as const;

export type TagKey = keyof typeof TAGS;
