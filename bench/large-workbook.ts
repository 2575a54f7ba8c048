import ExcelJS from 'exceljs';

/**
 * A consistent vertical target table of n leaf indicators: three levels, the first two merged down
 * their rows, targets and actuals, a 小计 per first-level group and a 合计. Every seventh indicator misses
 * its "≥95%" target and is scored by the proportional rule, so the check has rules to apply, deductions
 * and unmet targets to report, and no errors.
 */
export async function buildLargeWorkbook(n: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('自评表');
  ws.addRow([`${n} 个指标的部门整体支出绩效自评表`]);
  ws.addRow(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '自评得分', '扣分原因']);
  const perGroup = 50;
  const perSub = 10;
  let row = 3;
  let totalPoints = 0;
  let totalScore = 0;
  for (let g = 0; g * perGroup < n; g++) {
    const start = row;
    let groupPoints = 0;
    let groupScore = 0;
    const count = Math.min(perGroup, n - g * perGroup);
    for (let i = 0; i < count; i++) {
      const points = 2;
      const missed = i % 7 === 0;
      const score = missed ? 1.89 : 2; // 90% ÷ 95% × 2 = 1.894…
      ws.getRow(row).values = [
        `一级指标${g + 1}`,
        `二级指标${g + 1}-${Math.floor(i / perSub) + 1}`,
        `指标${g + 1}-${i + 1}`,
        '≥95%',
        missed ? '90%' : '96%',
        points,
        score,
        missed ? '部分未完成' : '',
      ];
      groupPoints += points;
      groupScore += score;
      row++;
    }
    for (let s = start; s < row; s += perSub) {
      const end = Math.min(s + perSub - 1, row - 1);
      if (end > s) ws.mergeCells(s, 2, end, 2);
    }
    if (row - 1 > start) ws.mergeCells(start, 1, row - 1, 1);
    ws.getRow(row).values = ['', '小计', '', '', '', groupPoints, Math.round(groupScore * 100) / 100];
    row++;
    totalPoints += groupPoints;
    totalScore += groupScore;
  }
  ws.getRow(row).values = ['合计', '', '', '', '', totalPoints, Math.round(totalScore * 100) / 100];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
