# ruff: noqa: E501
"""Generate the four blind13 test documents and check them against EXPECTED.py.

Run with:  .venv/bin/python tests/importer/blind13/make_documents.py
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import docx
import pdfplumber
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from EXPECTED import EXPECTED, LEDGER, PDF, SPEECH, TABLE  # noqa: E402

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

# ---------------------------------------------------------------------------
# 1. Speech transcript (.txt, UTF-8)
# ---------------------------------------------------------------------------

SPEECH_TEXT = """\
龙潭镇党委书记在全镇2032年工作动员大会上的讲话
（根据录音整理，未经本人审阅）
2032年2月18日

同志们：

今天是节后上班第一天，我们就把大家召集起来开这个动员大会，目的就一个：收心、鼓劲、抓落实。刚才，李镇长把去年的工作和今年的安排都讲了，讲得很全面、很实在，我完全同意，大家回去要认真抓好落实。下面，我再讲几点意见，不念稿子了，就跟大家聊几句心里话。

一、关于2031年的工作，成绩要肯定，差距也要正视

2031年，在县委、县政府的坚强领导下，全镇上下一条心，干成了不少事。全镇地区生产总值完成十二点六亿元，增长百分之七点二；新建高标准农田一千二百亩；引进亿元以上项目两个，到位资金二点三亿元；改造农村户厕三百二十户；在全县乡镇综合考评中得了92.5分，排名第三，这是我们镇历史上最好的名次。（掌声）这些成绩，是全镇干部群众一起拼出来的，在这里，我代表镇党委向大家表示衷心的感谢！（掌声）但是我们也要看到，差距还不小，产业底子薄，项目储备少，群众急难愁盼的问题还有不少，有的同志精神状态还不够好，这个大家心里要有数。

二、关于2032年重点工作

今年是“十六五”规划承上启下的一年，县委〔2032〕3号文件已经把今年的任务交代得很清楚了，我们镇的担子不轻。我归纳一下，就是要在四个方面下功夫。

第一，产业发展要再上台阶。我们镇是农业大镇，农业这块不能丢，去年我们干了一千二百亩，群众反映很好，县农业农村局也来看过，说我们的做法可以推广。今年全镇要新建高标准农田一千五百亩，五一之前必须全部开工，这件事由王镇长牵头，农业办具体抓，财政所、自然资源所要全力配合。我再强调一下，高标准农田是民心工程，质量一定要过关，谁的地块出了问题，我就找谁。招商引资是我们的短板，也是今年的重中之重，经发办要把招商引资作为一号工程来抓，全年力争引进亿元以上项目两到三个，到位资金不低于三亿元，年底前要让大家看到实实在在的项目落地。茶叶是我们的特色产业，今年龙井村、青石村的茶叶基地要再扩种八百亩，新的茶叶加工厂三季度要建成投产，这一块由农技站牵头，供销社配合。大家要注意，产业发展不是喊口号，要一个项目一个项目地抠。

第二，基础设施和安全底线要守牢。去年夏天那场暴雨大家都还记得，一夜下了二百一十毫米，教训很深刻。汛期前，水利站要完成五处病险山塘的除险加固，应急办配合把防汛物资备足、把预案演练搞好。镇区老街的雨污分流改造拖了两年了，老百姓意见很大，端午节前，村建办要把老街雨污分流改造全部完工，新铺设污水管网三点五公里。农村户厕改造全年再完成四百户，由村建办牵头，卫生院配合做好粪污处理的技术指导。青石村到龙井村那条路，群众盼了很多年，下半年交通办要把这条路拓宽改造完，全长六点八公里，自然资源所配合做好用地保障。（掌声）安全生产这根弦任何时候都不能松，大家要注意，安全生产十五条硬措施要一条一条对照落实，安监办年底前要完成全镇一百二十家企业的安全隐患排查整治。

第三，民生实事要办到群众心坎上。我们镇六十岁以上的老人占了快四分之一，养老是个大问题，光靠敬老院那三十几张床位远远不够。民政办要在六月底前新建两个村级互助养老点，床位不少于四十张。城乡居民医保参保率要稳定在百分之九十五以上，社保所要在三月底前把集中征缴工作收尾。就业是最大的民生，劳保所牵头、经发办配合，全年要新增就业三百人以上，开展职业技能培训不少于五期。

第四，社会治理和干部作风要过硬。我们推行的“1+3+N”网格化治理模式，去年在全县作了交流发言，今年要继续深化。综治办要把矛盾纠纷化解率提高到百分之九十八以上，确保小事不出村、大事不出镇。作风方面我多说两句，有的干部上班时间玩手机，群众来办事找不到人，这种现象我不想再看到，谁的人出了问题，我就找谁的一把手。

同志们，一年之计在于春。今年的任务已经明确了，关键在落实。各单位有什么困难，随时给党政办打电话，电话是0576-83312345，我的手机也二十四小时开着。我相信，只要我们心往一处想、劲往一处使，2032年的各项目标任务就一定能够完成！（掌声）

谢谢大家！（长时间掌声）
"""


def make_speech(path: Path) -> None:
    path.write_text(SPEECH_TEXT, encoding="utf-8")


# ---------------------------------------------------------------------------
# 2. 督查督办 ledger (.csv, GBK, multi-line quoted cells)
# ---------------------------------------------------------------------------

LEDGER_HEADER = [
    "任务编号",
    "任务来源",
    "工作任务",
    "具体目标",
    "责任领导",
    "牵头单位",
    "责任单位",
    "完成时间",
    "督办频次",
    "当前状态",
]

LEDGER_ROWS = [
    [
        "DB2032-001",
        "政府工作报告",
        "加快5G网络建设\n落实《青石县5G发展三年行动计划》",
        "新建5G基站120个，实现乡镇以上区域连续覆盖",
        "张明（副县长）",
        "县工信局",
        "县发改委、各乡镇",
        "2032/06/30",
        "每月",
        "推进中",
    ],
    [
        "DB2032-002",
        "政府工作报告",
        "高标准农田建设\n（含高效节水灌溉）",
        "新建高标准农田25000亩，其中高效节水灌溉不低于5000亩",
        "刘建国（副县长）",
        "县农业农村局",
        "县财政局、县自然资源局、县水利局",
        "2032年底",
        "每季度",
        "推进中",
    ],
    [
        "DB2032-003",
        "县委常委会",
        "招商引资“一号工程”\n（县委〔2032〕3号）",
        "全年引进亿元以上产业项目不少于15个，实际到位县外资金≥80亿元",
        "陈立（县委常委、常务副县长）",
        "县投资促进局",
        "县发改委、县商务局",
        "2032-12-31",
        "每月",
        "推进中",
    ],
    [
        "DB2032-004",
        "政府工作报告",
        "城镇老旧小区改造",
        "改造老旧小区32个，惠及居民4600户",
        "王海（副县长）",
        "县住建局",
        "县财政局、城关镇",
        "2032-9-30",
        "每月",
        "推进中",
    ],
    [
        "DB2032-005",
        "县委常委会",
        "义务教育学位扩容",
        "新建、改扩建中小学3所，新增学位2700个",
        "李红梅（副县长）",
        "县教育局",
        "县住建局、县自然资源局",
        "2032/08/31",
        "每季度",
        "未启动",
    ],
    [
        "DB2032-006",
        "政府工作报告",
        "县域医共体建设",
        "乡镇卫生院达到“优质服务基层行”推荐标准的不少于6家，县域内就诊率达到90%以上",
        "李红梅（副县长）",
        "县卫健委",
        "县医保局",
        "2032年底",
        "每季度",
        "推进中",
    ],
    [
        "DB2032-007",
        "政府工作报告",
        "大气污染防治攻坚",
        "PM2.5平均浓度控制在32微克/立方米以内，优良天数比例不低于88%",
        "王海（副县长）",
        "市生态环境局青石分局",
        "县工信局、县住建局、县交通运输局",
        "2032年底",
        "每月",
        "推进中",
    ],
    [
        "DB2032-008",
        "县委常委会",
        "“四好农村路”建设",
        "新改建农村公路120公里，完成危桥改造8座",
        "刘建国（副县长）",
        "县交通运输局",
        "县财政局、各乡镇",
        "2032-10-31",
        "每季度",
        "未启动",
    ],
    [
        "DB2032-009",
        "政府工作报告",
        "稳就业促增收",
        "城镇新增就业5200人，城镇调查失业率控制在5.5%以内",
        "陈立（县委常委、常务副县长）",
        "县人社局",
        "县就业服务中心",
        "2032年底",
        "每季度",
        "推进中",
    ],
    [
        "DB2032-010",
        "县委常委会",
        "安全生产专项整治\n开展“三查三改”百日攻坚行动",
        "完成重点行业企业隐患排查300家次，隐患整改率100%",
        "张明（副县长）",
        "县应急管理局",
        "县市场监管局、县消防救援大队",
        "2032/05/31",
        "每月",
        "推进中",
    ],
    [
        "DB2032-011",
        "政府工作报告",
        "城乡居民医保扩面",
        "城乡居民医保参保率稳定在95%以上",
        "李红梅（副县长）",
        "县医保局",
        "县税务局、各乡镇",
        "2032/03/31",
        "每季度",
        "推进中",
    ],
    [
        "DB2032-012",
        "县委常委会",
        "乡村振兴示范创建",
        "创建省级乡村振兴示范村5个、市级示范村10个",
        "刘建国（副县长）",
        "县农业农村局",
        "县委农办",
        "2032-11-30",
        "每季度",
        "未启动",
    ],
    [
        "DB2032-013",
        "政府工作报告",
        "新能源汽车充换电设施建设",
        "新建公共充电桩400个、换电站2座",
        "张明（副县长）",
        "县发改委",
        "国网青石县供电公司",
        "2032-9-30",
        "每月",
        "推进中",
    ],
]


def make_ledger(path: Path) -> None:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    # A title row and an export footer, as the 督查督办 system writes them.
    writer.writerow(["青石县2032年重点工作督查督办台账"] + [""] * (len(LEDGER_HEADER) - 1))
    writer.writerow(LEDGER_HEADER)
    writer.writerows(LEDGER_ROWS)
    writer.writerow(
        ["导出时间：2032-02-20 09:31", "导出人：县委督查室", "共13条"]
        + [""] * (len(LEDGER_HEADER) - 3)
    )
    path.write_bytes(buf.getvalue().encode("gbk"))


# ---------------------------------------------------------------------------
# 3. 任务分解表 (.docx with merged 牵头单位 cells)
# ---------------------------------------------------------------------------

TABLE_HEADER = ["序号", "工作任务", "具体目标", "牵头单位", "配合单位", "完成时限", "备注"]

# Each group: (parent row or None, lead, [rows]); a row is [序号, 工作任务, 具体目标, 配合单位, 完成时限, 备注].
TABLE_GROUPS = [
    (
        ["1", "推进数字乡村建设", "", "", "", "资金来源：总投资约1500万元"],
        "县农业农村局",
        [
            [
                "1.1",
                "建设村级益农信息社",
                "新建村级益农信息社45个，实现行政村全覆盖",
                "县商务局",
                "2032年6月底前",
                "资金来源：省级专项资金180万元",
            ],
            [
                "1.2",
                "发展农村电子商务",
                "培育农村电商示范村8个，农产品网络零售额达到3.2亿元",
                "县商务局、县邮政分公司",
                "2032年9月30日前",
                "县财政配套50万元",
            ],
            [
                "1.3",
                "建设智慧农业示范基地",
                "建成智慧农业示范基地3个，面积不少于2000亩",
                "县科技局",
                "2032年底前",
                "项目编号：QS-2032-017",
            ],
        ],
    ),
    (
        ["2", "推进城乡供水一体化", "", "", "", ""],
        "县水利局",
        [
            [
                "2.1",
                "供水管网建设",
                "新建改造城乡供水管网150公里",
                "县住建局",
                "2032年10月底前",
                "资金来源：专项债券1.2亿元",
            ],
            [
                "2.2",
                "提高农村供水保障水平",
                "农村自来水普及率达到98%以上（2031年为96.5%）",
                "各乡镇人民政府",
                "2032年底前",
                "",
            ],
            [
                "2.3",
                "加强水质监测",
                "全年完成水质检测不少于600批次",
                "县疾控中心",
                "2032年12月31日前",
                "检测费用纳入部门预算",
            ],
        ],
    ),
    (
        None,
        "县教育局",
        [
            [
                "3",
                "扩大学前教育资源",
                "新建公办幼儿园4所，新增学位1080个",
                "县住建局",
                "2032年8月31日前",
                "资金来源：中央学前教育发展资金600万元",
            ],
        ],
    ),
    (
        ["4", "完善养老服务体系", "", "", "", ""],
        "县民政局",
        [
            [
                "4.1",
                "区域养老服务中心建设",
                "新建乡镇区域养老服务中心5个",
                "县卫健委",
                "三季度末",
                "资金来源：福彩公益金320万元",
            ],
            [
                "4.2",
                "特殊困难老年人居家适老化改造",
                "完成特殊困难老年人家庭适老化改造300户",
                "县残联",
                "2032年11月30日前",
                "每户补助标准不超过3000元",
            ],
        ],
    ),
    (
        None,
        "县工信局",
        [
            [
                "5",
                "推动工业企业技术改造",
                "完成企业技术改造项目30个以上，技改投资增长10%以上",
                "县发改委",
                "2032年底前",
                "资金来源：省制造业高质量发展专项资金",
            ],
        ],
    ),
    (
        ["6", "持续优化营商环境", "", "", "", "营商环境评价2031年得分86.4分"],
        "县行政审批局",
        [
            [
                "6.1",
                "深化工程建设项目审批制度改革",
                "一般工业项目审批时间压缩至30天以内",
                "县住建局、县自然资源局",
                "2032年3月底前",
                "",
            ],
            [
                "6.2",
                "提升政务服务网办水平",
                "政务服务事项全程网办率达到95%以上",
                "县大数据中心",
                "2032年6月30日前",
                "",
            ],
        ],
    ),
]


def _set_cell(cell, text: str, bold: bool = False) -> None:
    cell.text = ""
    par = cell.paragraphs[0]
    run = par.add_run(text)
    run.bold = bold
    run.font.size = Pt(10.5)
    run.font.name = "仿宋_GB2312"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")


def _para(document, text: str, size: float = 16, bold: bool = False, center: bool = False):
    par = document.add_paragraph()
    run = par.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = "仿宋_GB2312"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    if center:
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return par


def make_table_docx(path: Path) -> None:
    document = docx.Document()
    _para(document, "青石县人民政府办公室", 22, bold=True, center=True)
    _para(document, "青政办发〔2032〕3号", 16, center=True)
    _para(
        document,
        "青石县人民政府办公室关于印发2032年重点工作任务分解表的通知",
        18,
        bold=True,
        center=True,
    )
    _para(document, "各乡镇人民政府，县政府各部门、各直属机构：")
    _para(
        document,
        "2031年，全县新建村级益农信息社30个，改造供水管网96公里，新增公办学位720个，重点工作总体完成情况良好。为确保县十八届人大三次会议确定的目标任务落到实处，经县政府同意，现将《青石县2032年重点工作任务分解表》印发给你们，请各牵头单位于每月5日前报送上月进展情况。",
    )
    _para(document, "附件：青石县2032年重点工作任务分解表")
    _para(document, "青石县2032年重点工作任务分解表", 16, bold=True, center=True)

    n_rows = 1 + sum((1 if parent else 0) + len(rows) for parent, _, rows in TABLE_GROUPS)
    table = document.add_table(rows=n_rows, cols=len(TABLE_HEADER))
    table.style = "Table Grid"
    for col, name in enumerate(TABLE_HEADER):
        _set_cell(table.cell(0, col), name, bold=True)
    r = 1
    for parent, lead, rows in TABLE_GROUPS:
        first = r
        all_rows = ([parent] if parent else []) + rows
        for row in all_rows:
            number, task, goal, co, due, note = row
            for col, value in zip(
                (0, 1, 2, 4, 5, 6), (number, task, goal, co, due, note), strict=True
            ):
                _set_cell(table.cell(r, col), value, bold=(row is parent))
            r += 1
        lead_cell = table.cell(first, 3)
        if r - 1 > first:
            lead_cell = lead_cell.merge(table.cell(r - 1, 3))
        _set_cell(lead_cell, lead)

    _para(document, "联系人：县政府督查室　李某某，联系电话：0576-88123456。")
    _para(document, "青石县人民政府办公室　2032年2月26日印发", 14)
    document.save(path)


# ---------------------------------------------------------------------------
# 4. 十件民生实事 (.pdf, one column, header/footer on each page)
# ---------------------------------------------------------------------------

PDF_TITLE = "青溪区2032年十件民生实事项目"
PDF_INTRO = [
    "青溪政发〔2032〕3号",
    "2031年，区政府十件民生实事项目全部按期完成，第三方群众满意度测评得分96.8分。经区十八届人大一次会议票决，现将2032年十件民生实事项目公布如下，接受社会监督。各责任单位要倒排工期、挂图作战，每月25日前向区政府督查室报送进展，确保项目按期完工、群众满意。",
]
PDF_ITEMS = [
    "一、扩大优质教育资源供给。新建、改扩建中小学和幼儿园6所，新增公办学位3000个以上，8月底前全部投入使用，确保秋季学期如期开学。（牵头单位：区教育局；配合单位：区住建局、区财政局）",
    "二、提升居家社区养老服务水平。年内建成社区嵌入式养老服务中心5个，新增养老床位不少于300张，为辖区高龄、失能老年人提供日间照料、康复护理和上门服务。（牵头单位：区民政局；配合单位：区卫健委）",
    "三、改造提升老旧小区。年底前完成28个老旧小区综合改造，同步加装电梯一百二十部，改造范围为2000年底前建成、尚未改造的住宅小区（2031年已完成改造31个）。（牵头单位：区住建局；配合单位：各街道办事处）",
    "四、加强基层医疗卫生服务能力建设。10月底前新建标准化社区卫生服务中心2-3个，重点人群家庭医生签约率≥75%，居民在家门口就能看上病、看好病。（牵头单位：区卫健委；配合单位：区医保局）",
    "五、改善群众“菜篮子”消费环境。6月30日前改造提升农贸市场8个，完善冷链、检测和智慧管理设施，实现明码标价、溯源可查。（牵头单位：区商务局；配合单位：区市场监管局）",
    "六、缓解停车难充电难。全年新增公共停车泊位2000个以上，配建公共充电桩500个，在医院、学校、老旧小区周边优先布点。（牵头单位：区城管局；配合单位：区公安分局交警大队、区发改委）",
    "七、促进高质量充分就业。实现城镇新增就业12000人，开展补贴性职业技能培训5000人次，就业困难人员可拨打就业服务热线0571-86001234咨询。（牵头单位：区人社局）",
    "八、整治城区内涝积水点。汛期前完成整治城区易涝点15处，疏浚排水管网，增设强排泵站，确保“小雨不积水、大雨不内涝”。（牵头单位：区水利局；配合单位：区城管局）",
    "九、发展普惠托育服务。年底前新增普惠托位600个，每千人口拥有3岁以下婴幼儿托位数进一步提高，减轻双职工家庭育儿负担。（牵头单位：区卫健委；配合单位：区教育局）",
    "十、办好社区老年食堂。三季度末前建成社区老年助餐点40个，城市社区助餐服务覆盖率达到百分之九十，对80周岁以上老人给予每餐3元补贴。（牵头单位：区民政局；配合单位：区市场监管局）",
]
PDF_CLOSING = (
    "以上民生实事项目由区政府督查室按月跟踪督办，群众可通过“12345”政务服务便民热线反映意见建议。"
)


class _MinshengPDF(FPDF):
    def header(self) -> None:
        self.set_font("wqy", size=10.5)
        self.set_text_color(180, 0, 0)
        self.cell(
            0, 8, "青溪区人民政府　　民生实事项目公告", align="C", new_x="LMARGIN", new_y="NEXT"
        )
        self.set_draw_color(180, 0, 0)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-18)
        self.set_font("wqy", size=12)
        self.cell(0, 8, f"— {self.page_no()} —", align="C")


def make_pdf(path: Path) -> None:
    pdf = _MinshengPDF(format="A4")
    pdf.add_font("wqy", fname=FONT, collection_font_number=0)
    pdf.set_margins(26, 20, 26)
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()
    pdf.set_font("wqy", size=18)
    pdf.multi_cell(0, 12, PDF_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("wqy", size=14)
    pdf.multi_cell(0, 9, PDF_INTRO[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for text in [PDF_INTRO[1], *PDF_ITEMS, PDF_CLOSING]:
        pdf.multi_cell(0, 8.2, "　　" + text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(3)
    pdf.multi_cell(0, 9, "青溪区人民政府", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 9, "2032年1月20日", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Self-check: every title_contains occurs exactly once and inside one line.
# ---------------------------------------------------------------------------


def _lines(path: Path) -> list[str]:
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8").splitlines()
    if path.suffix == ".csv":
        return path.read_bytes().decode("gbk").splitlines()
    if path.suffix == ".docx":
        document = docx.Document(str(path))
        lines = []
        for par in document.element.body.iter(qn("w:p")):
            lines.append("".join(t.text or "" for t in par.iter(qn("w:t"))))
        return lines
    if path.suffix == ".pdf":
        lines = []
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                lines.extend((page.extract_text() or "").splitlines())
        return lines
    raise ValueError(path)


def check(out: Path) -> None:
    problems = []
    for name, spec in EXPECTED.items():
        lines = _lines(out / name)
        whole = "\n".join(lines)
        n = len(spec["pledges"])
        if not 8 <= n <= 16:
            problems.append(f"{name}: {n} pledges")
        for pledge in spec["pledges"]:
            needle = pledge["title_contains"]
            total = whole.count(needle)
            on_line = sum(line.count(needle) for line in lines)
            if total != 1 or on_line != 1:
                problems.append(f"{name}: {needle!r} total={total} on_one_line={on_line}")
    if out.joinpath(PDF).exists():
        with pdfplumber.open(out / PDF) as pdf:
            if len(pdf.pages) < 2:
                problems.append(f"{PDF}: only {len(pdf.pages)} page(s)")
    if problems:
        raise SystemExit("\n".join(problems))
    print("ok:", {name: len(spec["pledges"]) for name, spec in EXPECTED.items()})


def main() -> None:
    out = HERE
    make_speech(out / SPEECH)
    make_ledger(out / LEDGER)
    make_table_docx(out / TABLE)
    make_pdf(out / PDF)
    check(out)


if __name__ == "__main__":
    main()
