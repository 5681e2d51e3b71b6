"""The database described for the people who open it in Datasette or sqlite-utils: what each
table, view and column holds, in Chinese, as a Datasette ``metadata.json``.

``datasette findings.db --metadata metadata.json`` shows the descriptions on every table page.
A database names itself by its file's stem (``findings`` for ``findings.db``), so the metadata
is made for one file. Scores are not in the database: they are computed from a scoring profile
by ``integrity score``, so no view can hold them; ``candidate_activity`` holds what a score is
computed from.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlite_utils import Database

TITLE = "直播带货诚信检查（integrity）"
DESCRIPTION = ("integrity scan 写入的检查结果：场次、逐段文字稿、商品、疑似违规（findings）、评审决定与投诉。"
               "先看视图 findings_reviewed（每条疑似违规及其主播、单位、日期和现行评审决定）"
               "和 candidate_activity（每位主播、每个单位的场次、时长与疑似违规数）。"
               "诚信分由 integrity score 按评分方案计算，不存于数据库。")

TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "sessions": ("直播场次：每场一行，记录主播、单位、日期、来源文件、内容与检查配置的散列和统计。", {
        "session_id": "场次编号（文字稿为相对路径去掉后缀，如 st-a/2026-11-01）",
        "streamer_id": "主播（达人）编号",
        "unit_id": "单位编号（MCN、店铺或公司）",
        "date": "直播日期（YYYY-MM-DD）",
        "platform": "直播平台",
        "source": "读入的文件",
        "content_hash": "场次内容（编号、日期、文字、商品）的 sha256，内容不变则不重复检查",
        "config_hash": "检查配置的指纹（见 runs.config_hash）",
        "duration_seconds": "直播时长（秒）：最后一段结束减第一段开始",
        "segments": "段数",
        "listings": "商品数",
        "findings": "疑似违规数",
        "scanned_at": "最近一次检查的时间（UTC）",
        "run_id": "最近一次检查它的扫描（runs.id）",
        "seen_run": "最近一次读到它的扫描（runs.id），内容未变也记",
    }),
    "segments": ("逐段文字稿：每段话一行（.txt 的一行、字幕的一条、ASR 的一段）；可全文检索（至少三个字）。", {
        "id": "段的全局编号（只增不复用）",
        "session_id": "所属场次",
        "idx": "在场次中的位置，从 0 起（integrity check 显示为第 idx+1 段）",
        "start": "开始时间（秒）",
        "end": "结束时间（秒）",
        "text": "原文",
        "folded": "归一化文字（繁转简、全角转半角、小写），全文检索用它",
    }),
    "listings": ("商品：每场在售的每件商品一行，含价格、库存和开播前的成交价记录。", {
        "session_id": "所属场次",
        "idx": "在场次中的位置，从 0 起",
        "listing_id": "商品编号",
        "title": "商品标题",
        "brand": "品牌",
        "category": "品类",
        "price": "直播价（元）",
        "list_price": "划线价或原价（元）",
        "list_price_basis": "划线价的依据（msrp：厂商建议零售价）",
        "stock": "库存",
        "price_history": "开播前的实际成交价（JSON：日期与价格）",
    }),
    "findings": ("疑似违规：每条一行，含规则、证据原文、法律依据和说明；id 在重新扫描后不变，评审决定据此关联。", {
        "id": "稳定编号（16 位十六进制），重新扫描不变",
        "session_id": "所属场次",
        "ordinal": "在场次中的顺序",
        "segment": "所在段的位置，从 0 起（integrity check 显示为第 segment+1 段）；只涉及商品时为空",
        "listing_id": "涉及的商品",
        "start": "所在段的开始时间（秒）",
        "rule": "规则代码（如 WRD003，integrity rules 可查）",
        "category": "类别：price 价格、counterfeit 假冒、wording 违规用语",
        "severity": "严重程度：high、medium、low",
        "confidence": "置信度（0 到 1）",
        "message": "说明",
        "evidence": "证据原文",
        "span_start": "证据在原文中的起点（字符位置）",
        "span_end": "证据在原文中的终点（字符位置）",
        "basis": "法律依据",
        "explanation": "检查器如何得出（JSON：命中的词条、模式、上下文、数字）",
        "run_id": "产生它的扫描（runs.id）",
        "corrected": "主播当场更正（如“刚才口误，不是全网最低”）时的更正所在段、时间和原话（JSON），未更正为空",
    }),
    "reviews": ("评审决定：只追加、不修改（数据库拒绝改动），逐行以散列串联，链头由库外的决定密钥签名（见 "
                "signed_heads、integrity verify）；同一条疑似违规以最后一条决定为准（见视图 decisions_in_force）。"
                "不以外键关联 findings：重新扫描不再产生的疑似违规，其决定仍保留。", {
        "id": "决定编号（只增）",
        "finding_id": "疑似违规编号（findings.id）",
        "decision": "决定：confirmed 确认、dismissed 驳回",
        "by": "评审人（评审账户名）",
        "reason": "理由（驳回必填）",
        "at": "决定时间（UTC）",
        "os_user": "记录该决定时运行命令的操作系统用户（早于此项记录的决定为空）",
        "prev_hash": "前一行的散列（第一行为 64 个 0）",
        "hash": "本行内容与前一行散列的 SHA-256",
    }),
    "complaints": ("消费者投诉记录：按投诉编号导入，重复导入不重复计；状态变化记入 complaint_history。", {
        "complaint_id": "投诉编号",
        "received": "受理日期",
        "streamer_id": "被投诉主播",
        "unit_id": "被投诉单位",
        "session_id": "涉及场次",
        "listing_id": "涉及商品",
        "category": "类别：price 价格、counterfeit 假冒、false_advertising 虚假宣传、quality 质量、"
                    "after_sales 售后服务、other 其他",
        "status": "状态：verified 核实属实、mediated 调解、rejected 不予受理、pending 处理中",
        "amount": "涉及金额（元）",
        "source": "导入的文件",
        "imported_at": "首次导入时间（UTC）",
        "updated_at": "最近更新时间（UTC）",
    }),
    "complaint_history": ("投诉状态的变化：每次导入时状态改变就记一行；只追加、逐行以散列串联、链头签名，同 reviews。", {
        "id": "编号",
        "complaint_id": "投诉编号",
        "status": "新状态",
        "previous_status": "原状态",
        "source": "导入的文件",
        "changed_at": "变化时间（UTC）",
        "prev_hash": "前一行的散列（第一行为 64 个 0）",
        "hash": "本行内容与前一行散列的 SHA-256",
    }),
    "signed_heads": ("决定记录的签名：reviews 与 complaint_history 每次追加后，其链头（最后一行的编号与散列）"
                     "以库外的决定密钥做 HMAC-SHA256 签名，记一行；只追加。integrity verify 逐一核对。", {
        "id": "编号",
        "chain": "哪条链：reviews 或 complaint_history",
        "row_id": "签名时链的最后一行编号",
        "hash": "该行的散列",
        "signature": "HMAC-SHA256 签名（十六进制）",
        "at": "签名时间（UTC）",
    }),
    "runs": ("扫描记录：每次 integrity scan 一行，含检查配置与计数，可比较两次扫描。", {
        "id": "扫描编号",
        "started": "开始时间（UTC）",
        "finished": "结束时间（UTC）",
        "status": "状态：running、finished、failed、interrupted",
        "paths": "读入的路径（JSON）",
        "jobs": "工作进程数",
        "configuration": "检查配置（JSON：版本、启用的规则、词库版本、模型、配置文件中的设置）",
        "config_hash": "检查配置的指纹",
        "files": "文件数",
        "bytes": "字节数",
        "sessions": "场次数",
        "checked": "检查的场次数",
        "unchanged": "未变而跳过的场次数",
        "errors": "错误数",
        "findings": "新存的疑似违规数",
        "pid": "扫描进程号",
        "host": "扫描所在主机",
    }),
    "errors": ("扫描中遇到的坏输入：文件、行号与原因；其余输入照常检查。", {
        "id": "编号",
        "run_id": "所属扫描",
        "source": "文件",
        "line": "行号",
        "message": "原因",
        "at": "时间（UTC）",
    }),
    "accounts": ("账户：评审（judge）、监管（regulator）和管理员（admin）。口令只以加盐 scrypt 散列保存；"
                 "本表在 Datasette 中隐藏，但隐藏不是权限控制：含账户的数据库不要公开。", {
        "name": "账户名（不复用）",
        "role": "角色：judge、regulator、admin",
        "password": "口令的加盐 scrypt 散列（不是口令本身）",
        "active": "是否启用（1 启用，0 停用）",
        "created_at": "创建时间（UTC）",
        "updated_at": "更新时间（UTC）",
    }),
    "api_tokens": ("HTTP 接口（/api/v1）的令牌：发给平台的每个令牌一行。令牌本身只在生成时显示一次，这里只存其 sha256；"
                   "令牌只吊销、不删除，名称不复用。本表在 Datasette 中隐藏。", {
        "id": "编号（只增）",
        "name": "令牌名（发给哪个平台，不复用）",
        "hash": "令牌的 sha256（不是令牌本身）",
        "created_at": "生成时间（UTC）",
        "revoked_at": "吊销时间（UTC），未吊销为空",
        "per_minute": "该令牌每分钟的请求上限，空为服务器默认（600）",
    }),
    "profiles": ("管理员为网页工作台选定的评分方案：每次选定追加一行，最后一行生效。", {
        "id": "编号（只增）",
        "name": "方案名",
        "version": "方案版本",
        "sha256": "方案文本的 sha256",
        "source": "方案的来源（上传的文件名，或 default：随软件提供的方案）",
        "toml": "方案全文（TOML）",
        "chosen_by": "选定它的管理员",
        "chosen_at": "选定时间（UTC）",
    }),
    "search_index": ("全文索引的进度：segments 中编号不超过 indexed_to 的段已入索引。", {
        "id": "固定为 1",
        "indexed_to": "已入索引的最大段编号",
    }),
    "_migrations": ("已应用的数据库迁移。", {
        "name": "迁移名",
        "applied_at": "应用时间（UTC）",
    }),
    "findings_reviewed": ("视图：每条疑似违规及其主播、单位、平台、日期，和现行的评审决定（没有决定则为空）。", {
        "id": "疑似违规编号",
        "streamer_id": "主播",
        "unit_id": "单位",
        "platform": "平台",
        "date": "直播日期",
        "session_id": "场次",
        "timestamp": "所在段的开始时间（时:分:秒）",
        "segment_no": "第几段，从 1 起（与 integrity check 的输出一致）",
        "listing_id": "涉及的商品",
        "rule": "规则代码",
        "category": "类别",
        "severity": "严重程度",
        "confidence": "置信度",
        "evidence": "证据原文",
        "message": "说明",
        "basis": "法律依据",
        "corrected": "当场更正的原话（如“口误，不是全网最低”），未更正为空",
        "decision": "现行评审决定：confirmed 确认、dismissed 驳回，空为未评审",
        "decided_by": "作出该决定的评审人",
        "reason": "理由",
        "decided_at": "决定时间（UTC）",
        "ordinal": "在场次中的顺序",
    }),
    "decisions_in_force": ("视图：每条评审过的疑似违规的现行决定（最后一条），含重新扫描后不再产生的疑似违规。", {
        "finding_id": "疑似违规编号",
        "decision": "决定",
        "decided_by": "评审人",
        "reason": "理由",
        "decided_at": "决定时间（UTC）",
        "review_id": "该决定在 reviews 中的编号",
        "finding_stored": "该疑似违规是否仍在 findings 中（0 表示已不再产生，决定保留）",
    }),
    "candidate_activity": ("视图：每位主播、每个单位的场次、日期范围、时长、各类疑似违规数和评审情况。"
                           "诚信分不在此：由 integrity score 按评分方案计算。", {
        "kind": "streamer 主播或 unit 单位",
        "candidate_id": "编号",
        "sessions": "场次数",
        "first_date": "最早直播日期",
        "last_date": "最近直播日期",
        "hours": "直播总时长（小时）",
        "findings": "疑似违规数",
        "price_findings": "价格类疑似违规数",
        "counterfeit_findings": "假冒类疑似违规数",
        "wording_findings": "违规用语类疑似违规数",
        "confirmed": "评审确认数",
        "dismissed": "评审驳回数",
        "open": "未评审数",
        "complaints": "投诉数",
    }),
}

HIDDEN = ("accounts", "api_tokens", "search_index", "_migrations")


def datasette_metadata(db: Database, name: str) -> dict[str, Any]:
    """Datasette metadata for the database ``name`` (its file's stem): a description of each
    table and view it holds and of their columns (a column this version does not know is
    left without one); the full-text index is named for ``segments``."""
    tables: dict[str, Any] = {}
    for table in [*db.table_names(), *db.view_names()]:
        if table not in TABLES:
            continue
        description, columns = TABLES[table]
        present = [column.name for column in db[table].columns]
        entry: dict[str, Any] = {"description": description,
                                 "columns": {c: columns[c] for c in present if c in columns}}
        if table in HIDDEN:
            entry["hidden"] = True
        tables[table] = entry
    if "segments" in tables and db["segments"].detect_fts():
        tables["segments"].update(fts_table="segments_fts", fts_pk="id")
    return {"title": TITLE, "description": DESCRIPTION,
            "databases": {name: {"description": DESCRIPTION, "tables": tables}}}


def database_name(path: str | Path) -> str:
    """The name Datasette gives a database file: its stem."""
    return Path(path).stem
