# ruff: noqa: E501  (document text in Chinese runs past the line limit)
"""Build the blind21 documents from text held in this script, then check them.

Run with:  .venv/bin/python tests/importer/blind21/make_documents.py [FILE ...]

Writes the documents next to this script, re-opens each (python-docx raw `w:p` text,
openpyxl cell values, the CSV decoded as UTF-8 with BOM and split on `;`, the text file
as UTF-8) and checks that every `title_contains` of EXPECTED.py occurs exactly once in its document,
and that the set holds 40–60 pledges.
"""

from __future__ import annotations

import csv
import datetime
import importlib.util
import io
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

TONGZHI_NAME = "栗山镇党政综合办公室关于印发2040年重点工作任务清单的通知.docx"
TAIZHANG_NAME = "云岫街道2040年重点任务督办台账_系统导出.xlsx"
QUNGONGGAO_NAME = "檀溪镇机关工作群_2040年十件民生实事任务分工（群公告）.txt"
FENJIE_NAME = "青萝镇2040年重点工作目标任务分解表.csv"

# ---------------------------------------------------------------- 1. DOCX 通知 + 附件清单
TONGZHI_HEAD = [
    ("栗山镇党政综合办公室文件", True, 22, True),
    ("栗政办发〔2040〕3号", False, 12, True),
    ("栗山镇党政综合办公室关于印发《栗山镇2040年重点工作任务清单》的通知", True, 16, True),
    ("各村（社区），镇属各办站所：", False, 12, False),
    (
        "　　《栗山镇2040年重点工作任务清单》已经镇党委会议、镇政府常务会议研究同意，现印发给你们，"
        "请认真抓好落实。各牵头单位要于每季度末月25日前将任务推进情况报镇督查室，"
        "全年共计4次；未按时报送的，纳入年度目标考核扣分。",
        False,
        12,
        False,
    ),
    ("　　附件：栗山镇2040年重点工作任务清单", False, 12, False),
    ("栗山镇党政综合办公室", False, 12, False),
    ("2040年1月12日", False, 12, False),
    ("（联系人：宋　楠，联系电话：0000-7712306）", False, 12, False),
]

# (section heading, [(item text, dash line)])
TONGZHI_SECTIONS = [
    (
        "一、做强特色产业，壮大镇域经济",
        [
            (
                "(1)新引进亿元以上工业项目2个，完成招商引资到位资金3.5亿元。",
                "——牵头单位：经发办；配合单位：自然资源所、便民服务中心；完成时限：年底前",
            ),
            (
                "(2)新建高标准蔬菜大棚40栋，扶持年销售额500万元以上的农业龙头企业3家。",
                "——牵头单位：农业农村办；配合单位：财政所；完成时限：2040年9月30日",
            ),
            (
                "(3)培育电商直播团队6个，组织“栗乡好物”直播带货活动12场。",
                "——牵头单位：经发办；配合单位：文化站、团委；完成时限：11月底前",
            ),
        ],
    ),
    (
        "二、补齐基础设施短板，提升承载能力",
        [
            (
                "(1)改造提升农村公路18.6公里，新建错车道30处。",
                "——牵头单位：交通管理站；配合单位：各村；完成时限：汛期前",
            ),
            (
                "(2)实施山塘清淤整治5口，完成二期灌渠配套工程，新增有效灌溉面积1200亩。",
                "——牵头单位：水利站；配合单位：农业农村办、财政所；完成时限：2040年汛前",
            ),
            (
                "(3)实施集镇污水管网延伸工程，新铺设污水管网4.2公里，新增污水处理能力500吨/日。",
                "——牵头单位：生态环境办；配合单位：村镇建设办；完成时限：三季度末",
            ),
        ],
    ),
    (
        "三、增进民生福祉，办好民生实事",
        [
            (
                "(1)新建村级养老服务站4个，为80周岁以上老人提供每餐2元助餐补贴。",
                "——牵头单位：社会事务办；配合单位：财政所、镇卫生院；完成时限：国庆前",
            ),
            (
                "(2)开发公益性岗位60个，开展职业技能培训5期，培训300人次以上。",
                "——牵头单位：社会事务办；配合单位：劳动保障所；完成时限：全年",
            ),
            (
                "(3)城乡居民医保参保率稳定在97%以上（2039年为96.4%），困难群众家庭医生签约服务实现全覆盖。",
                "——牵头单位：社会事务办；配合单位：镇卫生院、各村（社区）；完成时限：12月20日前",
            ),
        ],
    ),
    (
        "四、筑牢安全底线，建设平安栗山",
        [
            (
                "(1)深化安全生产隐患排查整治，全年排查企业150家次，较大及以上生产安全事故控制在0起。",
                "——牵头单位：应急管理办；配合单位：市场监管所、派出所；完成时限：长期坚持",
            ),
            (
                "(2)新建村级微型消防站3个，组织防汛防火应急演练12场。10月底前完成。",
                "——牵头单位：应急管理办；配合单位：各村",
            ),
            (
                "(3)矛盾纠纷调处成功率达到98%以上，信访事项按期办结率达到100%。",
                "——牵头单位：平安办；配合单位：司法所、派出所；完成时限：年底前",
            ),
        ],
    ),
    (
        "五、改善人居环境，建设和美乡村",
        [
            (
                "(1)完成农村户厕改造320户，新建农村公厕8座。",
                "——牵头单位：农业农村办；配合单位：生态环境办；完成时限：11月中旬",
            ),
            (
                "(2)完成植树造林1500亩，建成“森林村庄”2个。",
                "——牵头单位：林业站；完成时限：春季",
            ),
        ],
    ),
]

# sections (0-based) whose items carry the dash line inline
TONGZHI_INLINE = {0, 2}

TONGZHI_TAIL = [
    "注：1.牵头单位为第一责任单位，配合单位按职责分工协同推进；2.完成时限未注明年份的，均指2040年。",
    "抄送：镇党委、镇人大、镇纪委。",
    "栗山镇党政综合办公室　　　　　　　　2040年1月12日印发",
]


def _docx_helpers():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    def run_in(p, text, bold=False, size=12):
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
        run.font.name = "仿宋_GB2312"
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")
        return run

    def para(doc, text, bold=False, size=12, center=False):
        p = doc.add_paragraph()
        run_in(p, text, bold, size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    return run_in, para


def make_tongzhi(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_BREAK

    _, para = _docx_helpers()
    doc = Document()
    for text, bold, size, center in TONGZHI_HEAD:
        para(doc, text, bold, size, center)
    # the attachment starts on a new page, inside the same file
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", True, 14, False)
    para(doc, "栗山镇2040年重点工作任务清单", True, 18, True)
    for k, (heading, items) in enumerate(TONGZHI_SECTIONS):
        para(doc, heading, True, 14, False)
        for text, dash in items:
            if k in TONGZHI_INLINE:
                # the dash and the owners run on in the item's own paragraph
                para(doc, "　　" + text + dash, False, 12, False)
            else:
                # the dash line is a paragraph of its own under the item
                para(doc, "　　" + text, False, 12, False)
                para(doc, "　　" + dash, False, 12, False)
    for text in TONGZHI_TAIL:
        para(doc, text, False, 11, False)
    doc.save(path)


# ---------------------------------------------------------------- 2. XLSX 督查系统导出
# 序号, 任务编号(hidden), 任务名称, 任务内容, 牵头单位, 配合单位, 牵头领导, 完成时限, 进度, 进展说明, 督办状态, 系统ID(hidden)
TAIZHANG_ROWS = [
    (
        "YX-DB-2040-001",
        "楼宇经济提质增效",
        "盘活闲置商务楼宇3栋，全年新引进企业80家。力争新增规上服务业企业5家。全年实现楼宇税收1.2亿元。",
        "经发办",
        "便民服务中心、市场监管所",
        "刘岩松",
        "2040-12-31",
        "15%",
        "已签约入驻企业12家，1栋楼宇完成招商",
        "正常推进",
    ),
    (
        "YX-DB-2040-002",
        "老旧小区改造",
        "对2000年以前建成的老旧小区实施综合改造，全年改造老旧小区6个，惠及居民1260户。同步加装电梯20部。新增停车位300个。",
        "城建科",
        "物业办、各社区",
        "魏清和",
        "2040-10-31",
        "20%",
        "6个小区均已完成设计，2个小区进场施工",
        "正常推进",
    ),
    (
        "YX-DB-2040-003",
        "“一老一小”服务提升",
        "新建社区嵌入式养老服务中心2个，新增养老床位120张。新建普惠托育点3个，提供普惠托位90个。",
        "社事科",
        "卫健办",
        "魏清和",
        "2040-08-31",
        "40%",
        "养老服务中心主体完工，托育点选址完成",
        "正常推进",
    ),
    (
        "YX-DB-2040-004",
        "稳岗就业",
        "打造“15分钟就业服务圈”，建设社区就业服务驿站5个。全年新增城镇就业1500人。帮扶就业困难人员再就业200人。",
        "社事科",
        "劳动保障所",
        "魏清和",
        "全年",
        "18%",
        "一季度新增就业276人",
        "正常推进",
    ),
    (
        "YX-DB-2040-005",
        "云岫河综合整治",
        "完成云岫河6.8公里河道清淤及生态护岸建设，汛期前完成主体工程。地表水考核断面水质稳定达到Ⅲ类。",
        "生态环境办",
        "水务站、城管科",
        "汤仲远",
        "2040-11-30",
        "30%",
        "清淤完成2.1公里；受征迁影响进度滞后",
        "滞后",
    ),
    (
        "YX-DB-2040-006",
        "生活垃圾分类",
        "新建智能分类投放点120个。居民小区生活垃圾分类覆盖率达到90%以上。",
        "城管科",
        "各社区",
        "汤仲远",
        "2040-09-30",
        "55%",
        "已建成投放点66个",
        "正常推进",
    ),
    (
        "YX-DB-2040-007",
        "智慧平安社区",
        "新建智慧安防小区15个，接入视频监控点位1800路。全年刑事案件发案数同比下降10%。",
        "平安办",
        "派出所",
        "汤仲远",
        "2040-12-31",
        "25%",
        "已接入点位520路",
        "正常推进",
    ),
    (
        "YX-DB-2040-008",
        "消防安全整治",
        "对辖区“九小场所”开展消防安全检查，全年检查不少于2000家次。督促整改火灾隐患800处。",
        "应急办",
        "消防救援站、各社区",
        "汤仲远",
        "长期坚持",
        "35%",
        "累计检查710家次，整改隐患265处",
        "正常推进",
    ),
    (
        "YX-DB-2040-009",
        "政务服务提速",
        "深化“一网通办”改革，政务服务事项网上可办率达到95%以上。新建社区便民服务点8个。群众办事平均等候时间控制在20分钟以内。",
        "便民服务中心",
        "党政办",
        "刘岩松",
        "2040-06-30",
        "60%",
        "网上可办率已达91.3%",
        "正常推进",
    ),
    (
        "YX-DB-2040-010",
        "文化惠民",
        "建成城市书房4个，新增馆藏图书3万册。开展“云岫大讲堂”等群众文化活动100场次。",
        "文化站",
        "各社区",
        "刘岩松",
        "2040-12-15",
        "10%",
        "城市书房2个完成选址",
        "滞后",
    ),
    (
        "YX-DB-2040-011",
        "双拥优抚",
        "走访慰问重点优抚对象420人次。新建退役军人服务站示范点3个。",
        "退役军人服务站",
        "社事科",
        "魏清和",
        "2040-07-31",
        "50%",
        "春节走访慰问218人次",
        "正常推进",
    ),
    (
        "YX-DB-2040-012",
        "机关作风建设",
        "开展机关作风“大起底”专项行动，全年开展明察暗访12次。“12345”热线工单按时办结率达到100%。",
        "党政办",
        "纪工委",
        "刘岩松",
        "年底前",
        "20%",
        "已开展明察暗访3次",
        "正常推进",
    ),
]


def make_taizhang(path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "督办任务"
    ncol = 12
    ws.cell(1, 1, "云岫街道2040年重点任务督办台账")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1).font = Font(bold=True, size=16)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.cell(
        2,
        1,
        "数据来源：云岫街道督查督办管理系统　　导出时间：2040-04-08 09:12:37　　导出人：dcs_admin",
    )
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    top = [
        "序号",
        "任务编号",
        "任务名称",
        "任务内容",
        "责任主体",
        None,
        "牵头领导",
        "完成时限",
        "当前进度",
        None,
        "督办状态",
        "系统ID",
    ]
    sub = [
        None,
        None,
        None,
        None,
        "牵头单位",
        "配合单位",
        None,
        None,
        "进度",
        "进展说明",
        None,
        None,
    ]
    for j, v in enumerate(top, 1):
        if v is not None:
            ws.cell(3, j, v)
    for j, v in enumerate(sub, 1):
        if v is not None:
            ws.cell(4, j, v)
    for j in (1, 2, 3, 4, 7, 8, 11, 12):
        ws.merge_cells(start_row=3, start_column=j, end_row=4, end_column=j)
    ws.merge_cells(start_row=3, start_column=5, end_row=3, end_column=6)
    ws.merge_cells(start_row=3, start_column=9, end_row=3, end_column=10)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for r in (3, 4):
        for j in range(1, ncol + 1):
            ws.cell(r, j).font = Font(bold=True)
            ws.cell(r, j).fill = fill
            ws.cell(r, j).alignment = Alignment(
                horizontal="center", vertical="center", wrap_text=True
            )
    r = 5
    for i, (code, name, content, lead, co, leader, due, pct, note, state) in enumerate(
        TAIZHANG_ROWS, 1
    ):
        if re.fullmatch(r"\d{4}-\d\d-\d\d", due):
            due = datetime.datetime.strptime(
                due, "%Y-%m-%d"
            )  # a date cell, as the system writes it
        pct = int(pct.rstrip("%")) / 100  # a number shown as a percentage
        values = [
            i,
            code,
            name,
            content,
            lead,
            co,
            leader,
            due,
            pct,
            note,
            state,
            f"T{2040000100 + i}",
        ]
        for j, v in enumerate(values, 1):
            c = ws.cell(r, j, v)
            c.alignment = Alignment(vertical="center", wrap_text=(j in (4, 10)))
        ws.cell(r, 8).number_format = "yyyy-mm-dd"
        ws.cell(r, 9).number_format = "0%"
        r += 1
    ws.cell(r, 1, "共12条；其中正常推进10条，滞后2条")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(r + 1, 1, "说明：“进度”为责任单位最近一次报送的完成比例，由系统自动汇总，仅供参考。")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=ncol)
    widths = {
        "A": 6,
        "B": 16,
        "C": 16,
        "D": 60,
        "E": 14,
        "F": 20,
        "G": 10,
        "H": 12,
        "I": 8,
        "J": 30,
        "K": 10,
        "L": 14,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.column_dimensions["B"].hidden = True
    ws.column_dimensions["L"].hidden = True
    ws.freeze_panes = "C5"
    wb.save(path)


# ---------------------------------------------------------------- 3. WeChat group announcement
QUNGONGGAO_TEXT = """檀溪镇机关工作群(86)
群公告
📢【檀溪镇2040年十件民生实事任务分工】
@所有人 各位同事：经2月13日镇党委会研究，2040年十件民生实事已确定🎉，现将任务分工发群里，请各牵头单位认领👇

1️⃣ 农村供水保障
🔹内容：新建集中供水工程2处，改造村级供水管网35公里，农村自来水普及率达到98%。
👉牵头：水利站
🤝配合：财政所、各村
⏰时限：汛期前

2️⃣ 幼儿园扩容
🔹内容：改扩建檀溪中心幼儿园，新增学位180个。
👉牵头：社会事务办
🤝配合：中心学校
⏰时限：秋季开学前

3️⃣ 老年助餐
🔹内容：新建老年食堂3个，为75周岁以上老人提供每餐3元助餐补贴，全年助餐服务2万人次。
👉牵头：社会事务办
🤝配合：各村（社区）
⏰时限：9月底前
@社会事务办-何静 这个要跟民政对接一下哈

4️⃣ 路灯亮化
🔹内容：新装太阳能路灯600盏，修复损坏路灯120盏。
👉牵头：村镇建设办
🤝配合：各村
⏰时限：国庆前

5️⃣ 农村公厕
🔹内容：新建改建农村公厕10座。
👉牵头：农业农村办
🤝配合：生态环境办
⏰时限：11月中旬

6️⃣ 家门口就业
🔹内容：开展“春风行动”专场招聘会4场，提供就业岗位1500个，开发乡村公益性岗位50个。
👉牵头：社会事务办
🤝配合：劳动保障所
⏰时限：6月底前

7️⃣ 农贸市场提升
🔹内容：规范提升农贸市场2个，新增标准化摊位150个。
👉牵头：市场监管所
🤝配合：经发办
⏰时限：2040年10月31日

8️⃣ 全民健身
🔹内容：新建灯光球场4片，安装全民健身器材20套。
👉牵头：文化站
🤝配合：各村
⏰时限：年底前

9️⃣ 防溺水
🔹内容：在重点水域安装智能预警设备30套，设置警示牌200块。
👉牵头：应急管理办
🤝配合：中心学校、各村
⏰时限：6月15日前

🔟 村卫生室提档
🔹内容：完成村卫生室标准化改造6个，为65岁以上老人免费健康体检4000人次。
👉牵头：镇卫生院
🤝配合：社会事务办
⏰时限：上半年

⚠️温馨提示：
1.下周五（2月24日）前，请各牵头单位把推进计划发到党政办邮箱；
2.每月25日前在群里接龙报进度，逾期未报的周一例会通报😂。
有问题私信@党政办-小周 ☎️0000-6612345

檀溪镇党政办
2040年2月15日

水利站周海：收到👍
社会事务办-何静：收到，马上对接
村镇建设办老陈：收到！路灯3月底前能全部招标完成🙏
"""


def make_qungonggao(path: Path) -> None:
    path.write_text(QUNGONGGAO_TEXT, encoding="utf-8")


# ---------------------------------------------------------------- 4. CSV (UTF-8 BOM, semicolons)
FENJIE_HEADER = [
    "序号",
    "工作类别",
    "目标任务",
    "牵头单位",
    "配合单位",
    "责任领导",
    "完成时限",
    "考核分值",
    "备注",
]
FENJIE_ROWS = [
    [
        "1",
        "经济发展",
        "全年完成固定资产投资8亿元，新开工亿元以上项目4个。",
        "经发办",
        "自然资源所",
        "副镇长 韩启明",
        "2040年12月31日",
        "10",
        "市级考核指标;按季度通报",
    ],
    [
        "2",
        "",
        "新增规模以上工业企业3家，规上工业总产值增长8%以上。",
        "经发办",
        "市场监管所",
        "副镇长 韩启明",
        "年底前",
        "8",
        "",
    ],
    [
        "3",
        "",
        "村集体经济收入10万元以下的薄弱村全部清零，年收入30万元以上的村达到6个。",
        "农业农村办",
        "财政所",
        "党委委员 龚晓岚",
        "11月30日前",
        "6",
        "牵头单位调整，原为财政所",
    ],
    [
        "4",
        "乡村振兴",
        "粮食播种面积稳定在5.2万亩以上，新建高标准农田3000亩。",
        "农业农村办",
        "自然资源所、水利站",
        "党委委员 龚晓岚",
        "2040年Q3",
        "8",
        "上年完成5.1万亩",
    ],
    [
        "5",
        "",
        "完成农村人居环境整治村12个，创建和美乡村示范村2个。",
        "农业农村办",
        "生态环境办、各村",
        "党委委员 龚晓岚",
        "2040.10",
        "6",
        "",
    ],
    [
        "6",
        "",
        "整治病险山塘8口，新建灌溉机井15眼。",
        "水利站",
        "财政所",
        "副镇长 韩启明",
        "汛前",
        "5",
        "",
    ],
    [
        "7",
        "社会民生",
        "新增城镇就业600人，城乡居民养老保险参保率达到96%。",
        "社会事务办",
        "劳动保障所",
        "副镇长 罗佩文",
        "全年",
        "6",
        "",
    ],
    [
        "8",
        "",
        "为符合条件的残疾人免费适配辅助器具150件，完成困难残疾人家庭无障碍改造30户。",
        "镇残联",
        "社会事务办",
        "副镇长 罗佩文",
        "2040年11月20日",
        "4",
        "",
    ],
    [
        "9",
        "",
        "新建中心小学学生食堂1个，改造农村中小学厕所6座。",
        "中心学校",
        "社会事务办、财政所",
        "副镇长 罗佩文",
        "秋季开学前",
        "4",
        "",
    ],
    [
        "10",
        "平安建设",
        "矛盾纠纷调处成功率达到98%以上，信访积案动态清零。",
        "平安办",
        "司法所",
        "政法委员 唐国栋",
        "长期坚持",
        "6",
        "",
    ],
    [
        "11",
        "",
        "全年开展安全生产执法检查不少于300家次，较大及以上生产安全事故0起。",
        "应急管理办",
        "派出所、各村",
        "政法委员 唐国栋",
        "2040年12月31日",
        "8",
        "",
    ],
    [
        "12",
        "生态环保",
        "完成植树造林800亩，森林覆盖率保持在62%以上。",
        "林业站",
        "自然资源所",
        "副镇长 韩启明",
        "春季",
        "5",
        "2039年森林覆盖率61.8%",
    ],
]
FENJIE_TAIL = [
    ["合计", "", "", "", "", "", "", "76", ""],
    ["填报人：钟　岩", "", "审核人：苏　敏", "", "", "", "填报日期：2040-01-20", "", ""],
]


def make_fenjie(path: Path) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["青萝镇2040年重点工作目标任务分解表", "", "", "", "", "", "", "", ""])
    w.writerow(FENJIE_HEADER)
    w.writerows(FENJIE_ROWS)
    w.writerows(FENJIE_TAIL)
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))


# ---------------------------------------------------------------- check
def docx_text(path: Path) -> str:
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(path)
    return "\n".join(
        "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in doc.element.body.iter(qn("w:p"))
    )


def xlsx_text(path: Path) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    lines = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            lines.extend(str(v) for v in row if v is not None)
    return "\n".join(lines)


def csv_text(path: Path) -> str:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 BOM"
    rows = csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";")
    return "\n".join(v for row in rows for v in row if v)


def txt_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def load_expected():
    spec = importlib.util.spec_from_file_location("blind21_expected", HERE / "EXPECTED.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.EXPECTED


def check(names) -> int:
    expected = load_expected()
    readers = {".docx": docx_text, ".xlsx": xlsx_text, ".csv": csv_text, ".txt": txt_text}
    problems = []
    total = 0
    for name, entry in expected.items():
        if name not in names:
            continue
        path = HERE / name
        text = readers[path.suffix](path)
        year = entry["year"]
        for pledge in entry["pledges"]:
            total += 1
            phrase = pledge["title_contains"]
            n = text.count(phrase)
            if n != 1:
                problems.append(f"{name}: {phrase!r} occurs {n} times")
            if not re.fullmatch(rf"{year}-\d\d-\d\d", pledge["deadline"]):
                problems.append(f"{name}: bad deadline {pledge['deadline']}")
        print(f"{name}: {len(entry['pledges'])} pledges")
    print(f"total: {total} pledges")
    if len(names) == 4 and not 40 <= total <= 60:
        problems.append(f"total {total} is outside 40–60")
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


BUILDERS = {
    TONGZHI_NAME: make_tongzhi,
    TAIZHANG_NAME: make_taizhang,
    QUNGONGGAO_NAME: make_qungonggao,
    FENJIE_NAME: make_fenjie,
}


def main() -> int:
    only = set(sys.argv[1:]) or set(BUILDERS)
    for name, build in BUILDERS.items():
        if name in only:
            build(HERE / name)
    return check(only)


if __name__ == "__main__":
    sys.exit(main())
