// A messy report and its canonical layout, for the formatter's unit test and
// for Format Document over the protocol: both must give the same text.

/** Keys out of order, four-space indents, block rows, comments, an unknown key, a suppression. */
export const MESSY = `# 文件头注释

年度: 2023   # 年份
机关: 某局
总体情况: 一段文字。
未知的键: 1
政府信息公开行政复议、行政诉讼情况:
    行政诉讼:
        复议后起诉:
            尚未审结: 0
            # xxgk-disable-next-line not-a-count
            结果纠正: １
            其他结果:
            结果维持: 0  # 行尾注释
        未经复议直接起诉: {尚未审结: 0, 结果维持: 0, 其他结果: 0, 结果纠正: 0}
    # 行政复议的说明
    行政复议: {其他结果: 0, 结果维持: 0, 结果纠正: 0, 尚未审结: 0, 总计: 0}
落款: {日期: 2024-01-20, 机关: 某局}
主动公开政府信息情况: {第二十条第（五）项: {行政许可: 1}}
`;

/** MESSY as the formatter must write it. */
export const MESSY_FORMATTED = `# 文件头注释

机关: 某局
年度: 2023 # 年份
总体情况: |-
  一段文字。
主动公开政府信息情况:
  第二十条第（五）项:
    行政许可: 1
政府信息公开行政复议、行政诉讼情况:
  # 行政复议的说明
  行政复议: {结果维持: 0, 结果纠正: 0, 其他结果: 0, 尚未审结: 0, 总计: 0}
  行政诉讼:
    未经复议直接起诉: {结果维持: 0, 结果纠正: 0, 其他结果: 0, 尚未审结: 0}
    # 行尾注释
    # xxgk-disable-next-line not-a-count
    复议后起诉: {结果维持: 0, 结果纠正: １, 其他结果: , 尚未审结: 0}
落款: {机关: 某局, 日期: 2024-01-20}
未知的键: 1
`;
