import { explanationSheet } from '../../src/core/write-plan/explanation-sheet';

it('writes a further report title in the title style, and a.数量指标 as a heading', () => {
  const sheet = explanationSheet(
    {
      title: '2024年度某区民政局部门整体支出绩效自评表说明',
      blocks: [
        { kind: 'heading', level: 4, text: 'a.数量指标' },
        { kind: 'paragraph', text: '培训场次。年初目标≥6次；完成情况：12次。' },
        { kind: 'title', text: '2024年度老旧小区改造项目支出绩效自评报告' },
      ],
    },
    '自评表说明（生成）',
  );
  expect(sheet.rows.map((r) => [r[0].value, r[0].style])).toEqual([
    ['2024年度某区民政局部门整体支出绩效自评表说明', 'title'],
    ['a.数量指标', 'heading3'],
    ['培训场次。年初目标≥6次；完成情况：12次。', 'body'],
    ['2024年度老旧小区改造项目支出绩效自评报告', 'title'],
  ]);
});
