<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="46" />
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="47" />
        <location filename="../../app/gui/sections/settings.py" line="62" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="48" />
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="52" />
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="59" />
        <source>New account name</source>
        <translation>اسم الحساب الجديد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="68" />
        <source>Initial passphrase</source>
        <translation>عبارة المرور الأولى</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="69" />
        <source>&amp;Add account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="80" />
        <source>New passphrase for your account</source>
        <translation>عبارة مرور جديدة لحسابك</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="81" />
        <source>&amp;Change my passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="84" />
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="85" />
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="86" />
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="88" />
        <source>Your passphrase</source>
        <translation>عبارة مرورك</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="89" />
        <source>New passphrase:</source>
        <translation>عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="96" />
        <source>Roles: admin manages accounts, trust and policy; operator runs nodes, imports and jobs; auditor reads everything and exports the audit trail.</source>
        <translation>الأدوار: admin يدير الحسابات والثقة والسياسة؛ operator يدير العقد والاستيراد والمهام؛ auditor يقرأ كل شيء ويصدّر سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="114" />
        <source>Added {0} account {1}.</source>
        <translation>أُضيف حساب {0} باسم {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="120" />
        <source>The account was not added</source>
        <translation>لم يُضف الحساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="129" />
        <source>Your passphrase was changed.</source>
        <translation>غُيّرت عبارة مرورك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="130" />
        <source>The passphrase was not changed</source>
        <translation>لم تُغيَّر عبارة المرور</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="50" />
        <source>Create the vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="51" />
        <source>Everything Airlock knows is kept encrypted in {0}.</source>
        <translation>كل ما يعرفه Airlock محفوظ مشفراً في {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="54" />
        <source>Admin account name</source>
        <translation>اسم حساب المدير</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="58" />
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="59" />
        <source>At least 8 characters; a few unrelated words are best.</source>
        <translation>8 أحرف على الأقل؛ والأفضل بضع كلمات غير مترابطة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="63" />
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="66" />
        <source>Admin &amp;name:</source>
        <translation>اسم المدير:</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="67" />
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="68" />
        <source>&amp;Again:</source>
        <translation>مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="77" />
        <source>The passphrase needs at least 8 characters.</source>
        <translation>تحتاج عبارة المرور إلى 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="79" />
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="81" />
        <source>Nobody can recover this passphrase for you: only the recovery key can.</source>
        <translation>لا أحد يستطيع استعادة عبارة المرور هذه لك: وحده مفتاح الاسترداد يستطيع.</translation>
    </message>
</context>
<context>
    <name>AppearanceTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="291" />
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="292" />
        <location filename="../../app/gui/sections/settings.py" line="299" />
        <source>Follow the system</source>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="292" />
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="293" />
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="298" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="306" />
        <source>&amp;Theme:</source>
        <translation>السمة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="307" />
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="308" />
        <source>These are kept on this machine, outside the vault; they hold no secret.</source>
        <translation>تُحفظ هذه على هذا الجهاز خارج الخزنة؛ ولا تحوي أي سر.</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="221" />
        <source>Filter: actor, action, target, outcome…</source>
        <translation>تصفية: المنفّذ، الإجراء، الهدف، النتيجة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="225" />
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="226" />
        <source>All outcomes</source>
        <translation>كل النتائج</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="230" />
        <source>&amp;Verify now</source>
        <translation>تحقق الآن</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="232" />
        <source>Recompute the Merkle tree and check every signed checkpoint</source>
        <translation>إعادة حساب شجرة ميركل والتحقق من كل نقطة تحقق موقّعة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="234" />
        <source>E&amp;xport…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="236" />
        <source>Write an audit bundle with a standalone verifier to a medium</source>
        <translation>كتابة حزمة تدقيق مع أداة تحقق مستقلة على وسيط</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="244" />
        <source>Audit entries</source>
        <translation>قيود التدقيق</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="258" />
        <source>Entry details</source>
        <translation>تفاصيل القيد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="277" />
        <source>Audit</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="292" />
        <source>Verifying…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="299" />
        <source>The log verifies: {0} entries, {1} signed checkpoints, {2} entries not yet sealed by a checkpoint.</source>
        <translation>السجل سليم: {0} قيداً، {1} نقاط تحقق موقّعة، {2} قيود لم تُختم بعد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="304" />
        <source>The log does NOT verify: {0} Export it and report it to your auditor.</source>
        <translation>السجل لا يجتاز التحقق: {0} صدّره وأبلغ المدقق.</translation>
    </message>
</context>
<context>
    <name>BundlesSection</name>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="113" />
        <source>Filter bundles: name, type, classification, signer…</source>
        <translation>تصفية الحزم: الاسم، النوع، التصنيف، الموقّع…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="115" />
        <source>&amp;Import folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="117" />
        <source>Verify and import a bundle directory (NAME-VERSION.airlock)</source>
        <translation>التحقق من مجلد حزمة واستيراده (NAME-VERSION.airlock)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="122" />
        <source>Bundles in the content store</source>
        <translation>الحزم في مخزن المحتوى</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="133" />
        <source>Bundle details</source>
        <translation>تفاصيل الحزمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="134" />
        <source>No bundles imported. Insert a medium or use Import folder…</source>
        <translation>لم تُستورد أي حزمة. أدخل وسيطاً أو استخدم استيراد مجلد…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="165" />
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="186" />
        <source>No trust root is pinned: no bundle can be imported until an admin pins one in Settings → Trust roots.</source>
        <translation>لا جذر ثقة مثبت: لا يمكن استيراد أي حزمة حتى يثبّت مدير جذراً في الإعدادات ← جذور الثقة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="195" />
        <source>Choose a bundle folder</source>
        <translation>اختر مجلد حزمة</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="42" />
        <source>Seq</source>
        <translation>التسلسل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="43" />
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="44" />
        <source>Actor</source>
        <translation>المنفّذ</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="45" />
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="46" />
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="47" />
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="35" />
        <location filename="../../app/gui/sections/nodes.py" line="41" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="36" />
        <location filename="../../app/gui/sections/bundles.py" line="234" />
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="37" />
        <location filename="../../app/gui/sections/bundles.py" line="233" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="38" />
        <location filename="../../app/gui/sections/bundles.py" line="235" />
        <source>Classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="39" />
        <location filename="../../app/gui/sections/bundles.py" line="236" />
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="40" />
        <source>Signed by</source>
        <translation>موقّع من</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="41" />
        <location filename="../../app/gui/sections/bundles.py" line="239" />
        <source>Imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="237" />
        <source>Signed by role</source>
        <translation>موقّع بالدور</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="238" />
        <source>Signers (key ids)</source>
        <translation>الموقّعون (معرّفات المفاتيح)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="240" />
        <source>Expires</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="244" />
        <source>License</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="245" />
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="246" />
        <source>Parameters</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="247" />
        <source>Provenance</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="251" />
        <source>No description.</source>
        <translation>لا وصف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="252" />
        <source>Model card</source>
        <translation>بطاقة النموذج</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="43" />
        <source>Job</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="44" />
        <source>Playbook</source>
        <translation>دليل التشغيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="45" />
        <source>Selection</source>
        <translation>التحديد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="46" />
        <location filename="../../app/gui/sections/nodes.py" line="43" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="47" />
        <source>Started</source>
        <translation>بدأت</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="42" />
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="44" />
        <source>GPUs</source>
        <translation>وحدات GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="46" />
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="47" />
        <source>not checked</source>
        <translation>لم يُفحص</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="48" />
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="49" />
        <source>Host key</source>
        <translation>مفتاح المضيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="50" />
        <source>The pinned host key fingerprint</source>
        <translation>بصمة مفتاح المضيف المثبت</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="97" />
        <location filename="../../app/gui/first_run.py" line="105" />
        <source>Creating the vault</source>
        <translation>جارٍ إنشاء الخزنة</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="98" />
        <source>Tuning the key derivation to this machine; this takes a few seconds.</source>
        <translation>جارٍ ضبط اشتقاق المفتاح لهذا الجهاز؛ يستغرق ذلك بضع ثوانٍ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="118" />
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="130" />
        <source>The vault is ready.</source>
        <translation>الخزنة جاهزة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="140" />
        <source>The vault was not created: {0}
What to do: {1} Go back to change it.</source>
        <translation>لم تُنشأ الخزنة: {0}
ما العمل: {1} ارجع لتغييره.</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="71" />
        <source>Nodes</source>
        <translation>العقد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="72" />
        <source>GPUs</source>
        <translation>وحدات GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="73" />
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="74" />
        <source>Audit entries</source>
        <translation>قيود التدقيق</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="81" />
        <source>GPU model</source>
        <translation>طراز GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="81" />
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="84" />
        <location filename="../../app/gui/sections/dashboard.py" line="95" />
        <source>GPU totals by model</source>
        <translation>إجمالي GPU حسب الطراز</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="86" />
        <source>No GPU facts yet. Enrol nodes and run the facts playbook.</source>
        <translation>لا توجد حقائق GPU بعد. سجّل عقداً وشغّل دليل facts.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="90" />
        <location filename="../../app/gui/sections/dashboard.py" line="96" />
        <source>Alarms</source>
        <translation>الإنذارات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="91" />
        <source>No alarms: no changed host keys, no unhealthy GPUs, no failed jobs.</source>
        <translation>لا إنذارات: لا مفاتيح مضيف متغيرة ولا GPU معطلة ولا مهام فاشلة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="111" />
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="120" />
        <source>{0} healthy, {1} degraded, {2} unhealthy</source>
        <translation>{0} سليمة، {1} متدهورة، {2} معطلة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="125" />
        <source>No nodes enrolled yet.</source>
        <translation>لا عقد مسجلة بعد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="126" />
        <source>{0} models</source>
        <translation>{0} طرازات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="127" />
        <source>in the content store</source>
        <translation>في مخزن المحتوى</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="128" />
        <source>entries in the tamper-evident log</source>
        <translation>قيود في السجل المقاوم للتلاعب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="139" />
        <source>Node {0} offered a changed host key: every connection to it is stopped. An admin must check the key on the console and re-pin it.</source>
        <translation>قدّمت العقدة {0} مفتاح مضيف متغيراً: أوقف كل اتصال بها. على المدير فحص المفتاح من الطرفية وإعادة تثبيته.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="141" />
        <source>Node {0} has an unhealthy or unresponsive GPU. Open it in Nodes for the reasons.</source>
        <translation>للعقدة {0} وحدة GPU معطلة أو لا تستجيب. افتحها في العقد لمعرفة الأسباب.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/dashboard.py" line="142" />
        <source>Job {0} failed. Open it in Jobs to see which hosts and tasks.</source>
        <translation>فشلت المهمة {0}. افتحها في المهام لمعرفة المضيفين والمهام.</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="54" />
        <source>Where to write the export</source>
        <translation>أين يُكتب التصدير</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="55" />
        <source>Choose a folder on the removable medium that leaves the enclave. A new folder is created inside it.</source>
        <translation>اختر مجلداً على الوسيط القابل للإزالة الذي سيغادر المنطقة المعزولة. يُنشأ داخله مجلد جديد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="59" />
        <source>Export folder</source>
        <translation>مجلد التصدير</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="60" />
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="66" />
        <source>&amp;Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="70" />
        <source>Choose the medium</source>
        <translation>اختر الوسيط</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../app/gui/enrol.py" line="71" />
        <source>Enrol a node</source>
        <translation>تسجيل عقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="87" />
        <source>Bootstrap &amp;key file</source>
        <translation>ملف مفتاح التمهيد</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="89" />
        <source>Bootstrap pass&amp;word</source>
        <translation>كلمة مرور التمهيد</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="95" />
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="103" />
        <source>KEY=VALUE pairs separated by spaces.</source>
        <translation>أزواج KEY=VALUE مفصولة بمسافات.</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="107" />
        <source>Host variables for the playbooks, airlock_NAME=VALUE separated by spaces.</source>
        <translation>متغيرات المضيف لأدلة التشغيل، airlock_NAME=VALUE مفصولة بمسافات.</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="108" />
        <source>Node name</source>
        <translation>اسم العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="108" />
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="109" />
        <source>SSH port</source>
        <translation>منفذ SSH</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="109" />
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="110" />
        <source>Bootstrap key file</source>
        <translation>ملف مفتاح التمهيد</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="111" />
        <source>Bootstrap password</source>
        <translation>كلمة مرور التمهيد</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="111" />
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="112" />
        <source>Host variables</source>
        <translation>متغيرات المضيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="119" />
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="120" />
        <source>&amp;Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="121" />
        <source>&amp;Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="122" />
        <source>&amp;User:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="125" />
        <source>&amp;Labels:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="126" />
        <source>&amp;Variables:</source>
        <translation>المتغيرات:</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="131" />
        <source>The node presents this host key. Compare it with the fingerprint read on the node's console (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).</source>
        <translation>تقدّم العقدة مفتاح المضيف هذا. قارنه بالبصمة المقروءة من طرفية العقدة (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="137" />
        <source>Host key fingerprint</source>
        <translation>بصمة مفتاح المضيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="138" />
        <source>It &amp;matches: pin this key</source>
        <translation>تتطابق: ثبّت هذا المفتاح</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="140" />
        <source>It &amp;differs: stop</source>
        <translation>تختلف: توقف</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="161" />
        <source>&amp;Enrol</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="174" />
        <source>Choose the bootstrap private key</source>
        <translation>اختر مفتاح التمهيد الخاص</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="181" />
        <source>Choose the bootstrap key file, or use a bootstrap password.</source>
        <translation>اختر ملف مفتاح التمهيد أو استخدم كلمة مرور التمهيد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="197" />
        <source>Contacting {0}…</source>
        <translation>جارٍ الاتصال بـ {0}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="213" />
        <source>Node {0} is enrolled; its host key is pinned.</source>
        <translation>سُجّلت العقدة {0}؛ ثُبّت مفتاح مضيفها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/enrol.py" line="222" />
        <source>Not enrolled: {0}
What to do: {1}</source>
        <translation>لم تُسجّل: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/gui/errors.py" line="14" />
        <source>Check the details above, correct them and try again.</source>
        <translation>راجع التفاصيل أعلاه وصحّحها ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="18" />
        <source>The system refused a file or device operation: {0}.</source>
        <translation>رفض النظام عملية على ملف أو جهاز: {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="20" />
        <source>Check that the medium is inserted and writable and that the disk has space, then retry.</source>
        <translation>تأكد من إدخال الوسيط وقابليته للكتابة ومن توفر مساحة على القرص ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="22" />
        <source>An unexpected error stopped the operation ({0}).</source>
        <translation>أوقف خطأ غير متوقع العملية ({0}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="24" />
        <source>Nothing was changed. Try again; if it happens again, export the audit log and report it.</source>
        <translation>لم يتغير شيء. أعد المحاولة؛ وإن تكرر ذلك فصدّر سجل التدقيق وأبلغ عنه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="35" />
        <source>What to do: {0}</source>
        <translation>ما العمل: {0}</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="196" />
        <source>Export the audit trail</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="311" />
        <source>Welcome to Airlock</source>
        <translation>مرحباً بك في Airlock</translation>
    </message>
</context>
<context>
    <name>HealthChart</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="61" />
        <location filename="../../app/gui/sections/nodes.py" line="68" />
        <source>Health history</source>
        <translation>سجل الصحة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="82" />
        <source>0 healthy · 1 degraded · 2 unhealthy</source>
        <translation>0 سليم · 1 متدهور · 2 معطل</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="65" />
        <source>Import {0}</source>
        <translation>استيراد {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="67" />
        <source>Verifying the signed manifest, then copying and hashing every file once.</source>
        <translation>التحقق من البيان الموقّع ثم نسخ كل ملف وحساب بصمته مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="74" />
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="83" />
        <source>Stop the import; nothing is added to the store.</source>
        <translation>إيقاف الاستيراد؛ لا يُضاف شيء إلى المخزن.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="110" />
        <source>{0} of {1} · {2}/s · {3} left</source>
        <translation>{0} من {1} · {2}/ث · المتبقي {3}</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="123" />
        <source>Imported {0} {1}: {2}, {3} new objects in the store.</source>
        <translation>استُورد {0} {1}: {2}، {3} كائنات جديدة في المخزن.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="133" />
        <source>Cancelled. The store is unchanged.</source>
        <translation>أُلغي. لم يتغير المخزن.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="135" />
        <source>Rejected: {0}
What to do: {1}</source>
        <translation>رُفض: {0}
ما العمل: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="142" />
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>JobsSection</name>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="65" />
        <source>Playbook</source>
        <translation>دليل التشغيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="68" />
        <source>all nodes; or names, globs, label=value</source>
        <translation>كل العقد؛ أو أسماء أو أنماط أو وسم=قيمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="69" />
        <source>Selection</source>
        <translation>التحديد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="70" />
        <source>Which nodes: comma-separated names or patterns, e.g. gpu-0*,site=a</source>
        <translation>أي العقد: أسماء أو أنماط مفصولة بفواصل، مثل gpu-0*,site=a</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="74" />
        <source>Extra variables</source>
        <translation>متغيرات إضافية</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="75" />
        <source>&amp;Run</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="77" />
        <source>Run the playbook on the selection (Ctrl+R)</source>
        <translation>تشغيل دليل التشغيل على التحديد (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="81" />
        <source>&amp;Cancel job</source>
        <translation>إلغاء المهمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="83" />
        <source>Stop Ansible; results so far are kept</source>
        <translation>إيقاف Ansible؛ تُحفظ النتائج حتى الآن</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="91" />
        <source>&amp;Playbook:</source>
        <translation>دليل التشغيل:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="92" />
        <source>&amp;Nodes:</source>
        <translation>العقد:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="93" />
        <source>&amp;Variables:</source>
        <translation>المتغيرات:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="101" />
        <source>Hosts and tasks</source>
        <translation>المضيفون والمهام</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="110" />
        <source>Job log</source>
        <translation>سجل المهمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="123" />
        <location filename="../../app/gui/sections/jobs.py" line="138" />
        <source>Recent jobs</source>
        <translation>المهام الأخيرة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="130" />
        <source>No jobs yet. Choose a playbook and nodes, then Run.</source>
        <translation>لا مهام بعد. اختر دليل تشغيل وعقداً ثم شغّل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="154" />
        <source>Jobs</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="186" />
        <source>Choose a playbook first.</source>
        <translation>اختر دليل تشغيل أولاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="201" />
        <source>Running {0} on {1}…</source>
        <translation>جارٍ تشغيل {0} على {1}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="201" />
        <source>all nodes</source>
        <translation>كل العقد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="215" />
        <source>Cancelling: stopping Ansible…</source>
        <translation>جارٍ الإلغاء: إيقاف Ansible…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="226" />
        <source>Job {0} ended: {1}.</source>
        <translation>انتهت المهمة {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="228" />
        <source>Not contacted (changed host key): {0}.</source>
        <translation>لم يُتصل بها (مفتاح مضيف متغير): {0}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="238" />
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="240" />
        <source>The job did not run to its end: {0}
What to do: {1}</source>
        <translation>لم تكتمل المهمة: {0}
ما العمل: {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/jobs.py" line="259" />
        <source>Job {0}: {1} on {2}, {3}.</source>
        <translation>المهمة {0}: {1} على {2}، {3}.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="85" />
        <source>The verifier key</source>
        <translation>مفتاح التحقق</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="86" />
        <source>Auditors check the export against this key. Read its fingerprint to them, or compare it with the one on their paper.</source>
        <translation>يتحقق المدققون من التصدير بهذا المفتاح. اقرأ لهم بصمته أو قارنها بالمدوّنة على ورقتهم.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="93" />
        <source>Verifier key fingerprint</source>
        <translation>بصمة مفتاح التحقق</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="49" />
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="64" />
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="69" />
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="86" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="88" />
        <source>Unlocked account</source>
        <translation>الحساب المفتوح</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="99" />
        <source>&amp;Vault</source>
        <translation>الخزنة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="100" />
        <source>&amp;Import bundle folder…</source>
        <translation>استيراد مجلد حزمة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="102" />
        <source>&amp;Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="103" />
        <source>Lock the vault now; unlock with your passphrase</source>
        <translation>اقفل الخزنة الآن؛ افتحها بعبارة المرور</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="104" />
        <source>&amp;Switch account…</source>
        <translation>تبديل الحساب…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="107" />
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="108" />
        <source>V&amp;iew</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="112" />
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="113" />
        <source>&amp;Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="114" />
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="115" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="159" />
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="163" />
        <source>Go to a section</source>
        <translation>الانتقال إلى قسم</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="163" />
        <source>Lock the vault</source>
        <translation>قفل الخزنة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="164" />
        <source>Switch account</source>
        <translation>تبديل الحساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="164" />
        <source>Import a bundle folder</source>
        <translation>استيراد مجلد حزمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="165" />
        <source>Filter the current list</source>
        <translation>تصفية القائمة الحالية</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="165" />
        <source>Run the job</source>
        <translation>تشغيل المهمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="166" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="166" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="170" />
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="192" />
        <source>Nothing to import: drop a bundle folder (NAME-VERSION.airlock).</source>
        <translation>لا شيء للاستيراد: أفلت مجلد حزمة (NAME-VERSION.airlock).</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="56" />
        <source>Bundles on media</source>
        <translation>الحزم على الوسائط</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="58" />
        <source>No medium with bundles. Insert a USB stick or disc with .airlock bundles, or drop a bundle folder on this window.</source>
        <translation>لا وسيط يحمل حزماً. أدخل ذاكرة USB أو قرصاً عليه حزم ‎.airlock أو أفلت مجلد حزمة على هذه النافذة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="60" />
        <source>Import &amp;selected</source>
        <translation>استيراد المحدد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="65" />
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/bundles.py" line="83" />
        <source>Media could not be scanned: {0}</source>
        <translation>تعذّر فحص الوسائط: {0}</translation>
    </message>
</context>
<context>
    <name>NodeDetail</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="105" />
        <source>Index</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="105" />
        <source>Model</source>
        <translation>الطراز</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="105" />
        <source>Memory (MiB)</source>
        <translation>الذاكرة (MiB)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="106" />
        <source>Temperature (°C)</source>
        <translation>الحرارة (°م)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="106" />
        <source>Uncorrected ECC</source>
        <translation>أخطاء ECC غير المصححة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="116" />
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="117" />
        <source>GPUs</source>
        <translation>وحدات GPU</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="118" />
        <source>Facts</source>
        <translation>الحقائق</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="119" />
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="120" />
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="127" />
        <source>Address: {0}:{1}, user {2}</source>
        <translation>العنوان: {0}:{1}، المستخدم {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="128" />
        <source>Status: {0}</source>
        <translation>الحالة: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="129" />
        <source>Pinned host key: {0}</source>
        <translation>مفتاح المضيف المثبت: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="130" />
        <source>Labels: {0}</source>
        <translation>الوسوم: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="131" />
        <source>Enrolled {0} by {1}</source>
        <translation>سُجّلت في {0} بواسطة {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="132" />
        <source>Driver {0}, CUDA {1}, GPU state {2}</source>
        <translation>التعريف {0}، CUDA {1}، حالة GPU {2}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="137" />
        <source>The node offered a changed host key. Every connection to it is stopped until an admin re-pins it.</source>
        <translation>قدّمت العقدة مفتاح مضيف متغيراً. أوقف كل اتصال بها حتى يعيد المدير تثبيته.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="149" />
        <source>No facts collected yet. Run the facts playbook on this node.</source>
        <translation>لم تُجمع حقائق بعد. شغّل دليل facts على هذه العقدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="153" />
        <source>No bundles deployed on this node.</source>
        <translation>لا حزم منشورة على هذه العقدة.</translation>
    </message>
</context>
<context>
    <name>NodesSection</name>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="163" />
        <source>Filter nodes: name, address, label, status…</source>
        <translation>تصفية العقد: الاسم، العنوان، الوسم، الحالة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="166" />
        <source>&amp;Enrol node…</source>
        <translation>تسجيل عقدة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="168" />
        <source>Contact a new node, confirm its host key and install the management key</source>
        <translation>الاتصال بعقدة جديدة وتأكيد مفتاح المضيف وتثبيت مفتاح الإدارة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="175" />
        <location filename="../../app/gui/sections/nodes.py" line="205" />
        <source>Nodes</source>
        <translation>العقد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="186" />
        <source>No nodes enrolled yet. Use Enrol node… to add the first one.</source>
        <translation>لا عقد مسجلة بعد. استخدم تسجيل عقدة… لإضافة الأولى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="225" />
        <source>{0} of {1}</source>
        <translation>{0} من {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/nodes.py" line="257" />
        <source>Enrolled {0}.</source>
        <translation>سُجّلت {0}.</translation>
    </message>
</context>
<context>
    <name>PolicyTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="215" />
        <source>Classification levels</source>
        <translation>مستويات التصنيف</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="216" />
        <source>Least sensitive first, separated by commas</source>
        <translation>الأقل حساسية أولاً، مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="221" />
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="222" />
        <source>Lock after idle seconds</source>
        <translation>القفل بعد ثوانٍ من الخمول</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="223" />
        <source>0 never locks on idle (not recommended)</source>
        <translation>0 لا يقفل أبداً عند الخمول (غير مستحسن)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="224" />
        <source>&amp;Save policy</source>
        <translation>حفظ السياسة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="228" />
        <source>Classification levels:</source>
        <translation>مستويات التصنيف:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="231" />
        <source>Needs a second account's approval</source>
        <translation>يتطلب موافقة حساب ثانٍ</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="233" />
        <source>Dual control:</source>
        <translation>الرقابة الثنائية:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="234" />
        <source>Lock when idle for:</source>
        <translation>القفل عند الخمول لمدة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="236" />
        <source>A bundle may go only to nodes whose clearance label is at least its classification.</source>
        <translation>لا تُرسل الحزمة إلا إلى عقد لا يقل تصريحها عن تصنيفها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="279" />
        <source>The policy was not saved</source>
        <translation>لم تُحفظ السياسة</translation>
    </message>
</context>
<context>
    <name>PrintableRecovery</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="156" />
        <source>Recovery key - printable view</source>
        <translation>مفتاح الاسترداد - عرض قابل للطباعة</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="158" />
        <source>Airlock recovery key</source>
        <translation>مفتاح استرداد Airlock</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="159" />
        <source>Keep this sheet in a safe. Anyone holding it can open the vault as an admin.</source>
        <translation>احفظ هذه الورقة في خزنة. من يحملها يستطيع فتح الخزنة كمدير.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="160" />
        <source>Vault: {0}</source>
        <translation>الخزنة: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="168" />
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="189" />
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="190" />
        <source>Shown once. Write it on paper or print it, and keep it in a safe.</source>
        <translation>يُعرض مرة واحدة. دوّنه على ورق أو اطبعه واحفظه في خزنة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="195" />
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="197" />
        <source>Printable &amp;view…</source>
        <translation>عرض قابل للطباعة…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="200" />
        <source>I have written down or printed the recovery key</source>
        <translation>دوّنت مفتاح الاسترداد أو طبعته</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="209" />
        <source>Airlock does not keep it: after this page it cannot be shown again.</source>
        <translation>لا يحتفظ Airlock به: بعد هذه الصفحة لا يمكن عرضه مجدداً.</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="320" />
        <source>Accounts and roles</source>
        <translation>الحسابات والأدوار</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="321" />
        <source>Trust roots</source>
        <translation>جذور الثقة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="322" />
        <source>Classification and policy</source>
        <translation>التصنيف والسياسة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="323" />
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="329" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="240" />
        <source>Pin the trust root</source>
        <translation>تثبيت جذر الثقة</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="241" />
        <source>Bundles are accepted only when they chain to this root. Type its fingerprint from the paper your publisher gave you.</source>
        <translation>لا تُقبل الحزم إلا إذا ارتبطت بهذا الجذر. اكتب بصمته من الورقة التي سلّمها لك الناشر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="245" />
        <source>Root file</source>
        <translation>ملف الجذر</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="246" />
        <source>…/root.json</source>
        <translation>…/root.json</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="247" />
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="251" />
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="253" />
        <source>SHA256: followed by 64 hex digits, as `publisher init-trust` printed it.</source>
        <translation>SHA256: متبوعاً بـ 64 رقماً ست عشرياً كما طبعه `publisher init-trust`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="254" />
        <source>P&amp;in this root</source>
        <translation>ثبّت هذا الجذر</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="264" />
        <source>Root &amp;file:</source>
        <translation>ملف الجذر:</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="265" />
        <source>Finger&amp;print:</source>
        <translation>البصمة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="268" />
        <source>You may finish without it and pin the root later in Settings; until then no bundle can be imported.</source>
        <translation>يمكنك الإنهاء دونه وتثبيت الجذر لاحقاً في الإعدادات؛ وحتى ذلك الحين لا يمكن استيراد أي حزمة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="272" />
        <source>Choose root.json</source>
        <translation>اختر root.json</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="273" />
        <source>Trust root (root.json)</source>
        <translation>جذر الثقة (root.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="282" />
        <source>Choose the root file and type its fingerprint first.</source>
        <translation>اختر ملف الجذر واكتب بصمته أولاً.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="285" />
        <source>Checking the root…</source>
        <translation>جارٍ فحص الجذر…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="291" />
        <source>Pinned root version {0}, fingerprint {1}.</source>
        <translation>ثُبّت الجذر الإصدار {0}، البصمة {1}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="299" />
        <source>Not pinned: {0}
What to do: {1}</source>
        <translation>لم يُثبّت: {0}
ما العمل: {1}</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="139" />
        <source>Pinned trust root</source>
        <translation>جذر الثقة المثبت</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="142" />
        <source>…/root.json</source>
        <translation>…/root.json</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="143" />
        <source>Root file</source>
        <translation>ملف الجذر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="146" />
        <source>SHA256:… typed from paper (first root only)</source>
        <translation>SHA256:… مكتوبة من الورقة (للجذر الأول فقط)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="147" />
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="148" />
        <source>&amp;Pin first root</source>
        <translation>تثبيت الجذر الأول</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="151" />
        <source>&amp;Rotate to this root</source>
        <translation>التدوير إلى هذا الجذر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="153" />
        <source>Accept root N+1, signed by the thresholds of both N and N+1</source>
        <translation>قبول الجذر N+1 الموقَّع بعتبتي N و N+1</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="159" />
        <source>Root file:</source>
        <translation>ملف الجذر:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="160" />
        <source>Fingerprint:</source>
        <translation>البصمة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="187" />
        <source>Root version {0}</source>
        <translation>الجذر الإصدار {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="188" />
        <source>Expires {0}</source>
        <translation>ينتهي في {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="189" />
        <source>Publishers</source>
        <translation>الناشرون</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="190" />
        <source>Every root version kept</source>
        <translation>كل إصدارات الجذر المحفوظة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="199" />
        <source>The root was not pinned</source>
        <translation>لم يُثبّت الجذر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/settings.py" line="205" />
        <source>The root was not rotated</source>
        <translation>لم يُدوَّر الجذر</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/gui/unlock.py" line="40" />
        <source>Unlock Airlock</source>
        <translation>فتح Airlock</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="43" />
        <source>The vault is locked</source>
        <translation>الخزنة مقفلة</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="45" />
        <source>Vault: {0}</source>
        <translation>الخزنة: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="51" />
        <source>empty: the only admin</source>
        <translation>فارغ: المدير الوحيد</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="52" />
        <source>Account name</source>
        <translation>اسم الحساب</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="53" />
        <source>The account to unlock as. Leave it empty when the vault has one admin.</source>
        <translation>الحساب المراد فتحه. اتركه فارغاً إذا كان للخزنة مدير واحد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="57" />
        <location filename="../../app/gui/unlock.py" line="109" />
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="58" />
        <source>Unlock with the recovery key instead</source>
        <translation>الفتح بمفتاح الاسترداد بدلاً من ذلك</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="60" />
        <source>An admin session acting as recovery-key, for when a passphrase is lost.</source>
        <translation>جلسة مدير باسم recovery-key عند فقدان عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="64" />
        <location filename="../../app/gui/unlock.py" line="108" />
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="66" />
        <source>&amp;Account:</source>
        <translation>الحساب:</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="80" />
        <source>Unlocking</source>
        <translation>جارٍ الفتح</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="84" />
        <source>&amp;Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="87" />
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="88" />
        <source>Close Airlock; the vault stays locked.</source>
        <translation>إغلاق Airlock؛ تبقى الخزنة مقفلة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="108" />
        <source>&amp;Recovery key:</source>
        <translation>مفتاح الاسترداد:</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="109" />
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../app/gui/unlock.py" line="120" />
        <source>Type your passphrase first.</source>
        <translation>اكتب عبارة المرور أولاً.</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="137" />
        <source>Writing the export</source>
        <translation>جارٍ كتابة التصدير</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="140" />
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="157" />
        <source>Sealing a fresh checkpoint and writing entries…</source>
        <translation>جارٍ ختم نقطة تحقق جديدة وكتابة القيود…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="175" />
        <source>Wrote {0} entries and {1} checkpoints to {2}.
Verifier key fingerprint: {3}</source>
        <translation>كُتب {0} قيداً و{1} نقاط تحقق في {2}.
بصمة مفتاح التحقق: {3}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sections/audit.py" line="184" />
        <source>The export was not written: {0}
What to do: {1}</source>
        <translation>لم يُكتب التصدير: {0}
ما العمل: {1}</translation>
    </message>
</context>
</TS>