## diagnostics：`stillpoint validate` 與「編寫」畫面對練習檔的說明。欄位名稱、RON 語法與引號中的值，都照檔案裡的寫法保留。方括號中的代碼（`unknown-field`、`version-differs`）不翻譯。

## 問題的呈現方式

diag-severity-error = 錯誤
diag-severity-warning = 警告
diag-note = 附註：{ $text }
diag-help = 建議：{ $text }
# 句子中的一串名稱："a"、"b" 或 "c"。
diag-list-separator = 、
diag-list-or = { $rest } 或 { $last }

## 讀取檔案

diag-unreadable = 無法讀取這個檔案：{ $error }
diag-unreadable-help = 請確認檔案存在，而且你有讀取它的權限
diag-too-large = 這個檔案超過 { $kib } KiB，是練習檔大小的上限
diag-too-large-help = 練習檔只放文字；錄音請存成另外的音訊檔
diag-not-utf8 = 這個檔案不是純文字（UTF-8）
diag-not-utf8-label = 不是 UTF-8 文字
diag-not-utf8-help = 請把檔案存成 UTF-8 的純文字，大多數文字編輯器預設就是如此

## RON 語法的錯誤

diag-char-end-of-line = 換行
diag-char-space = 空格
diag-expected = 這裡應該是{ $expected }
diag-what-a-value = 一個值
diag-what-a-name = 一個名稱
diag-what-a-field-name = 欄位名稱
diag-what-rest-of-escape = 跳脫序列的其餘部分
diag-opened-here = 從這裡開始
diag-text-after-end = 練習已經結束，後面卻還有{ $found }
diag-text-after-end-label = 練習在這之前就已經結束了
diag-text-after-end-help = 一個檔案只放一個 `Session(...)`；請檢查括號是否成對
diag-unclosed-bracket = 這個 `{ $bracket }` 還沒關上，檔案就結束了
diag-unclosed-bracket-label = 從這裡開始，一直沒有關上
diag-unclosed-bracket-help = 在這組內容結束的地方加上 `{ $close }`
diag-eof = 檔案在應該出現{ $expected }的地方結束了
diag-comment-unclosed = 這段註解一直沒有結束
diag-comment-unclosed-label = 註解從這裡開始
diag-comment-unclosed-help = 用 `*/` 結束它
diag-attribute-unclosed = 這個屬性一直沒有結束
diag-attribute-unclosed-help = 用 `]` 結束它
diag-curly-quote = 文字不能用彎引號開頭
diag-curly-quote-label = 彎引號
diag-curly-quote-help = 請把文字寫在直的雙引號中間："像這樣"；文書處理軟體常會自動改掉，純文字編輯器則不會
diag-expected-value-found = 這裡應該是一個值，卻是{ $found }
diag-expected-value-here = 這裡應該是一個值
diag-mismatched-close = 這個 `{ $found }` 沒有對應到這裡開啟的 `{ $open }`
diag-mismatched-close-label = 應該先出現 `{ $close }`
diag-mismatched-close-help = 用 `{ $close }` 關上這組內容，或刪掉多出來的 `{ $found }`
diag-closes-nothing = `{ $found }` 沒有可以關上的括號
diag-closes-nothing-label = 這裡沒有開啟任何括號
diag-expected-name-found = 這裡應該是一個名稱，卻是{ $found }
diag-too-deep = 括號一層套一層，超過了 { $depth } 層
diag-too-deep-label = 多了一層
diag-too-deep-help = 練習檔從來不需要這麼多層括號；請找找看有沒有開了卻沒關上的括號
# $what 是以下其中之一：field、value、item、entry。
diag-expected-separator = 這{ $what ->
        [field] 個欄位
        [value] 個值
        [item] 個項目
       *[entry] 個條目
    }後面應該是 `,` 或 `{ $close }`，卻是{ $found }
diag-expected-separator-label = 應該是 `,` 或 `{ $close }`
diag-missing-comma-help = 上一行的結尾是不是少了逗號？
diag-separator-help = 每個{ $what ->
        [field] 欄位
        [value] 值
        [item] 項目
       *[entry] 條目
    }後面都要加逗號，整組內容的最後加上 `{ $close }`
diag-equals-for-colon = 欄位名稱後面應該是 `:`，卻是 `=`
diag-equals-for-colon-label = 這裡請寫 `:`
diag-write-field = 寫成 `{ $field }: value`
diag-expected-colon-found = 欄位名稱後面應該是 `:`，卻是{ $found }
diag-expected-field-found = 這裡應該是欄位名稱，卻是{ $found }
diag-decimal-point-help = 小數要用小數點：寫 `0.5`，不是 `0,5`
diag-expected-map-colon = 鍵和值之間應該有 `:`
diag-not-a-number = `{ $text }` 不是數字
diag-not-a-number-label = 不是數字
diag-duration-in-quotes-help = 時間長度要寫成雙引號中的文字："{ $text }"
diag-expected-number = 這裡應該是數字
diag-number-unreadable = 無法讀取這個數字
diag-number-too-large = 這個數字太大，或寫法有誤
diag-number-too-large-label = 無法讀成整數
diag-unknown-escape = 文字中有無法辨識的跳脫序列
diag-unknown-escape-label = 不是跳脫序列
diag-unknown-escape-help = 反斜線要寫成 `\\`；雙引號寫成 `\"`；換行寫成 `\n`
diag-text-unclosed = 這段文字一直沒有結束
diag-text-starts-here = 文字從這裡開始
diag-text-unclosed-help = 用直的雙引號 `"` 結束這段文字；文字中的 `"` 要寫成 `\"`
diag-text-runaway = 這段文字好像少了結尾的引號
diag-text-runs-to-here = 一直延續到這裡
diag-text-runaway-help = 在文字該結束的地方加上 `"`；這裡它一直延續到下一個引號
diag-raw-text-unclosed-help = 用 `{ $closing }` 結束它
diag-single-quotes = 文字要寫在雙引號中
diag-single-quotes-label = 單引號
diag-single-quotes-help = 寫成 "像這樣"，用直的雙引號

## 各種值，用於「這裡應該是……，卻是……」

diag-kind-bool = `true` 或 `false`
diag-kind-whole-number = 整數
diag-kind-number = 數字
diag-kind-text = 引號中的文字
diag-kind-char = 單引號中的單一字元
diag-kind-name = 名稱 `{ $name }`
diag-kind-group = 圓括號中的一組內容
diag-kind-list = 方括號中的清單
diag-kind-map = 大括號中的對照表
diag-wrong-type = 這裡應該是{ $expected }，卻是{ $found }
diag-expected-some = 只有一個值的 `Some(value)`
diag-expected-text = 雙引號中的文字
diag-expected-volume = 0.0 到 1.0 之間的音量
diag-expected-duration = 引號中的時間長度，例如 "5m"
diag-expected-fades = 淡入淡出的清單，例如 [Fade(to: 0.1, over: "20s")]
diag-expected-tags = 標籤的清單，例如 ["breath", "short"]
diag-expected-prompts = 問題的清單，例如 ["今天你注意到了什麼？"]
diag-expected-steps = 方括號中的步驟清單
diag-expected-modules = `Module(...)` 的清單
diag-expected-session-ids = 練習 id 的清單
diag-expected-times = 時間點的清單，例如 ["2m", "7m 30s"]
diag-expected-length = `Fixed`、`Flexible(min: "5m", max: "30m", default: "10m")` 或 `OpenEnded`
diag-expected-guidance = 引號中的文字，或提示句的清單，例如 [Cue(at: "40s", text: "...")]
# $kind 是以下其中之一：domain、lens、bell、ambient。
diag-expected-word = 引號中的{ $kind ->
        [domain] 領域
        [lens] 視角
        [practice] 練習類型
        [bell] 內建鐘聲
       *[ambient] 內建背景聲音
    }

## 欄位與群組

diag-values-without-names = `{ $group }(...)` 中的值需要加上欄位名稱
diag-values-without-names-label = 沒有名稱的值
diag-values-without-names-help = 每個值都寫成 `name: value`，例如 { $example }
diag-example-bell = `Bell(sound: "gong")`，或直接寫 `"gong"`
diag-wrong-group = 這裡應該是 `{ $expected }(...)`，卻是 `{ $found }(...)`
diag-wrong-group-label = 應該是 `{ $expected }`
diag-wrong-group-help = 這裡寫 `{ $expected }(`，或省略名稱，只寫 `(`
diag-unknown-field = `{ $group }` 沒有 `{ $field }` 這個欄位
diag-unknown-field-label = 不認得的欄位
diag-did-you-mean-code = 你是不是要寫 `{ $suggestion }`？
diag-did-you-mean-quoted = 你是不是要寫 "{ $suggestion }"？
diag-group-fields = `{ $group }` 的欄位有 { $fields }
diag-duplicate-field = `{ $field }` 這個欄位出現了兩次
diag-given-again = 這裡又出現一次
diag-first-given = 第一次出現在這裡
diag-keep-one = 只保留其中一個
diag-missing-field = `{ $group }` 少了 `{ $field }` 這個欄位
diag-missing-field-label = 這裡少了 `{ $field }`
diag-missing-field-help = 加上 `{ $field }: { $example },`

## 值

# $what 是以下其中之一：strikes、interval-bells、weeks、format。
diag-out-of-range = { $what ->
        [strikes] 敲擊次數
        [interval-bells] 間隔鐘聲的次數
        [weeks] 週數
       *[format] 格式版本
    }必須在 { $min } 到 { $max } 之間，不能是 { $value }
diag-out-of-range-label = 超出範圍
diag-volume-range = 音量在 0.0 到 1.0 之間，不能是 { $value }
diag-volume-help = 0.0 是無聲，1.0 是最大音量；0.5 是一半
diag-bad-duration = 無法把 "{ $text }" 讀成時間長度：{ $reason }
diag-bad-duration-label = 不是時間長度
diag-duration-examples = 時間長度請寫成 "90s"、"5m"、"1h 10m" 或 "2m 30s" 這樣的格式
diag-duration-needs-unit = 時間長度需要單位，而且要放在引號中
diag-duration-needs-unit-label = 沒有單位的數字
diag-duration-needs-unit-help = 寫成 "{ $number }s" 或 "{ $number }m"；{ $examples }
diag-unknown-word = 沒有叫做 "{ $text }" 的{ $kind ->
        [domain] 領域
        [lens] 視角
        [practice] 練習類型
        [bell] 內建鐘聲
       *[ambient] 內建背景聲音
    }
diag-unknown-word-label = 不認得的{ $kind ->
        [domain] 領域
        [lens] 視角
        [practice] 練習類型
        [bell] 鐘聲
       *[ambient] 背景聲音
    }
diag-use-one-of = 請使用其中之一：{ $names }
diag-own-file-help = 若要用你自己的檔案，請寫 `file: "{ $text }"`
diag-path-empty = 路徑是空的："{ $path }"
diag-path-absolute = 這個路徑從磁碟的最上層開始："{ $path }"
diag-path-climbs = 這個路徑離開了練習的資料夾："{ $path }"
diag-path-label = 必須留在練習的資料夾中
diag-path-help = 請把音訊檔放在練習檔所在的資料夾，或其中的子資料夾，並從那裡寫出路徑，例如 "voice/intro.ogg"
# $kind 是以下其中之一：bell、ambient。
diag-sound-and-file = { $kind ->
        [bell] 鐘聲
       *[ambient] 背景聲音
    }只能有 `sound` 或 `file` 其中一個，不能兩個都有
diag-second-sound = 第二個聲音
diag-first-sound = 第一個聲音
diag-no-sound = 這個{ $kind ->
        [bell] 鐘聲
       *[ambient] 背景聲音
    }沒有聲音
diag-no-sound-label = 需要 `sound` 或 `file`
diag-no-sound-help = 加上 `sound: "{ $sound }"` 或 `file: "{ $file }"`
diag-id-empty = id 是空的
diag-id-too-long = id 最多 { $most } 個字元
diag-id-bad-char = `{ $char }` 不能出現在 id 中
diag-id-hyphen = id 不能以連字號開頭或結尾
diag-bad-id = "{ $text }" 不能當作 id：{ $problem }
diag-bad-id-label = 不能當作 id
diag-bad-id-help = id 由小寫字母、數字和連字號組成，例如 "evening-body-scan"

## 時間長度的寫法

diag-duration-empty = 時間長度是空的
diag-duration-malformed = `{ $text }` 不是數字加上單位
diag-duration-unknown-unit = `{ $unit }` 不是時間單位
diag-duration-missing-unit = 數字後面需要單位，例如 `{ $number }s` 或 `{ $number }m`
# $unit 是以下其中之一：hours、minutes、seconds、milliseconds。
diag-duration-repeated-unit = { $unit ->
        [hours] 小時
        [minutes] 分鐘
        [seconds] 秒
       *[milliseconds] 毫秒
    }出現了不只一次
diag-duration-out-of-order = 較大的單位寫在前面，例如 `1h 10m` 或 `2m 30s`
diag-duration-fraction = 請寫整數，例如一分半鐘寫成 "1m 30s"
diag-duration-too-long = 這超過一年了

## 格式版本

diag-format-first-help = 加上 `format: { $version },` 作為第一個欄位
diag-format-zero = 沒有格式 { $version }；格式從 1 開始
diag-format-zero-label = 不是格式版本
diag-write-format = 寫成 `format: { $version },`
# $kind 是以下其中之一：session、program。
diag-format-newer = 這個{ $kind ->
        [session] 練習
       *[program] 課程
    }使用格式 { $version }，但這個版本的 Stillpoint 只能讀取格式 { $current } 及更早的格式
diag-format-newer-label = 比這個版本的 Stillpoint 新
diag-format-newer-help = 請更新 Stillpoint 來播放這個練習

## 長度與步驟

diag-too-many-steps = 這個練習有 { $count } 個步驟；一個練習最多 { $most } 個步驟
diag-too-many-steps-label = 步驟太多
diag-split-session = 把它分成幾個練習
diag-length-takes-no-values = `{ $kind }` 不需要任何值
diag-length-write-just = 只要寫 `{ $kind }`
diag-length-fixed-help = 固定長度的練習，長度就是所有步驟的總和；若要讓練習者自己選長度，請寫 `Flexible(min: "5m", max: "30m", default: "10m")`
diag-flexible-needs-bounds = `Flexible` 需要最短、最長與預設的長度
diag-flexible-needs-bounds-label = 需要 `(min: ..., max: ..., default: ...)`
diag-flexible-needs-bounds-help = 寫成 `Flexible(min: "5m", max: "30m", default: "10m")`
diag-unknown-length = `{ $text }` 不是一種長度
diag-unknown-length-label = 不認得的長度
diag-length-kinds = 長度可以是 `Fixed`、`Flexible(min: "5m", max: "30m", default: "10m")` 或 `OpenEnded`
diag-fill-with-duration = 填滿長度的步驟沒有自己的時間長度
diag-fill-with-duration-label = 請拿掉這一項
diag-fill-with-duration-fill = 這個步驟會填滿練習的長度
diag-fill-with-duration-help = 拿掉 `duration`，或拿掉 `fill: true`，讓這個步驟有固定的長度
diag-step-duration-help = 加上 `duration: "5m",`，或加上 `fill: true,` 讓這個步驟填滿可調整長度的練習
diag-settle-too-long = 安頓的倒數最長 { $most }
diag-breath-out-of-range = 讓圓環跟隨的一次呼吸，長度在 { $least } 到 { $most } 之間
diag-too-long = 太長了
diag-no-steps = 一個練習至少需要一個步驟
diag-no-steps-label = 沒有步驟
diag-no-steps-help = 加上一個步驟：`Step(title: "Sitting", duration: "5m")`
diag-step-zero = 步驟的長度必須大於零
diag-zero = 零
diag-step-zero-help = 給它一個長度，例如 "30s"，或拿掉這個步驟
diag-fill-in-fixed = 填滿長度的步驟，需要放在長度可以改變的練習中
diag-fill-in-fixed-label = 這個練習的長度是固定的
diag-fill-in-fixed-help = 給這個步驟一個 `duration`，或給練習加上 `length: Flexible(min: "5m", max: "30m", default: "10m")` 或 `length: OpenEnded`
diag-shortest-zero = 最短長度必須大於零
diag-max-too-long = 一個練習最長 { $most }
diag-min-above-max = 最短長度比最長長度還長
diag-longer-than = 比 { $max } 長
diag-the-longest-length = 最長長度
diag-default-outside = 預設長度必須在 { $min } 到 { $max } 之間
diag-outside-range = 超出範圍
diag-no-fill-flexible = 可調整長度的練習，需要一個能填滿所選長度的步驟
diag-no-fill-flexible-label = 沒有步驟會延伸到所選的長度
diag-no-fill-flexible-help = 在要延伸的步驟加上 `fill: true`，並拿掉它的 `duration`
diag-no-room-to-fill = 有時間長度的步驟已經佔了 { $fixed }，在最短長度 { $min } 時就沒有時間可以填滿了
diag-no-room-to-fill-label = 沒有留給填滿步驟的時間
diag-no-room-to-fill-help = 縮短其他步驟，或調高 `min`
diag-kind-fill = `true`，或 `Between(min: "10m", max: "30m")`
diag-fill-ranges-too-long = 有時間長度的步驟佔了 { $fixed }，填滿步驟至少要 { $fills }：超過了最短長度 { $min }
diag-fill-ranges-too-long-help = 調低填滿步驟的 `min`、縮短其他步驟，或調高練習的 `min`
diag-fill-ranges-too-short = 有時間長度的步驟佔了 { $fixed }，填滿步驟最多只有 { $fills }：不到最長長度 { $max }
diag-fill-ranges-too-short-label = 這個練習無法延長到這麼久
diag-fill-ranges-too-short-help = 調高某個填滿步驟的 `max`（或拿掉它，表示沒有上限），或調低練習的 `max`
diag-fill-range-open-ended = 填滿步驟的範圍，需要放在可以選擇長度的練習中
diag-fill-range-open-ended-label = 不限長度的練習，最後一個步驟會持續到結束為止
diag-fill-range-open-ended-help = 寫成 `fill: true`，或給練習加上 `length: Flexible(min: "20m", max: "1h", default: "45m")`
diag-no-fill-open-ended = 不限時的練習，需要一個持續到練習者自己結束的步驟
diag-no-fill-open-ended-label = 沒有不限時的步驟
diag-no-fill-open-ended-help = 在最後一個步驟加上 `fill: true`，並拿掉它的 `duration`
diag-two-fills = 不限時的練習只有一個填滿長度的步驟
diag-two-fills-second = 第二個填滿長度的步驟
diag-two-fills-first = 第一個
diag-fill-not-last = 在不限時的練習中，填滿長度的步驟是最後一個步驟
diag-fill-not-last-label = 它後面的步驟永遠不會開始
diag-fill-not-last-help = 把這個步驟移到最後
diag-steps-too-long = 所有步驟加起來是 { $total }；一個練習最長 { $most }

## 音訊檔

diag-bundled-audio = 內建的練習不能使用音訊檔
diag-bundled-audio-label = 沒有可以尋找它的資料夾
diag-audio-missing = "{ $path }" 沒有音訊檔
diag-audio-missing-label = 找不到檔案
diag-audio-missing-help = 路徑是從練習所在的資料夾算起：{ $folder }
diag-audio-outside = "{ $path }" 通往練習資料夾之外
diag-audio-outside-label = 通往資料夾外的連結
diag-audio-outside-help = 請把音訊檔複製到練習的資料夾中，而不是用連結
diag-audio-unreadable = 無法把 "{ $path }" 讀成音訊：{ $reason }
diag-audio-unreadable-label = 無法讀取的音訊
diag-audio-unreadable-help = 請使用 WAV、OGG Vorbis、FLAC 或 MP3 檔
diag-voice-longer = 這段錄音長 { $clip }，比它的步驟（{ $step }）還長
diag-voice-longer-help = 把步驟拉長，或把錄音剪短

## 引導與提示句

diag-cue-empty = 這個提示句沒有文字
diag-cue-empty-label = 空的
diag-cue-empty-help = 寫下練習者要讀的內容，或拿掉這個提示句
diag-control-character = 這段文字含有控制字元（{ $char }），可能改變或隱藏終端機顯示的內容
diag-control-character-label = 控制字元
diag-control-character-help = 請刪除它：換行和定位字元沒有問題
diag-cue-too-long = 這個提示句有 { $words } 個字；超過 { $most } 個字就無法一眼讀完
diag-cue-too-long-label = 請分開
diag-cue-too-long-help = 用一個空行把它分成兩個提示句，讓每一句都能在下一句出現前被讀完
diag-missing-guidance = 這個引導式練習的步驟沒有引導文字
diag-missing-guidance-label = 沒有 `guidance`
diag-missing-guidance-help = 加上 `guidance: "..."`，寫下練習者在這個步驟中要讀的內容；安靜的步驟也可以這樣說明，例如 "在安靜中休息。"
diag-cue-from-end-open = 這個提示句是從步驟結尾往回算，但這個步驟會持續到練習者自己結束
diag-cue-from-end-open-label = 沒有可以往回算的結尾
diag-cue-from-end-open-help = 改成從步驟開始算起，例如 `at: "5m"`
diag-cue-after-end = 這個提示句在 { $at } 出現，但它的步驟在 { $end } 就結束了
diag-after-step = 在步驟結束之後
diag-cue-after-end-help = 把它提早，或從結尾往回算，例如 `at: "-30s"`
diag-cue-before-start = 從結尾往回算 { $before }，這個提示句會在步驟開始之前出現；這個步驟長 { $length }
diag-cue-before-start-label = 在步驟開始之前
diag-cue-before-start-help = 往回算的時間少一點
diag-cues-out-of-order = 這個提示句在 { $at } 出現，並不在前一句（{ $before }）之後
diag-cues-out-of-order-at-length = 步驟長 { $length } 時，這個提示句在 { $at } 出現，並不在前一句（{ $before }）之後
diag-cues-out-of-order-label = 順序不對
diag-cues-out-of-order-before = 前一句
diag-cues-out-of-order-help = 依照出現的順序排列提示句
diag-cue-runs-into-next = 以每分鐘約 { $pace } 字朗讀，這個提示句需要 { $speaking }，但離下一句只有 { $room }
diag-cue-runs-past-end = 以每分鐘約 { $pace } 字朗讀，這個提示句需要 { $speaking }，但離步驟結束只有 { $room }
diag-runs-into-next = 會延續到下一句
diag-runs-past-end = 會超過步驟的結尾
diag-cue-runs-over-help = 給這個步驟多一點時間、用少一點字，或用 `Cue(at: ..., text: ...)` 為提示句定時

## 鐘聲與淡入淡出

diag-strikes-too-close = 每次敲擊至少要間隔 { $spacing }
diag-strikes-too-close-label = 太靠近了
diag-intervals-need-rule = `Intervals` 需要 `every`、`count` 或 `at`
diag-intervals-need-rule-label = 鐘聲該在什麼時候響？
diag-intervals-need-rule-help = 加上 `every: "5m"`、`count: 3` 或 `at: ["2m", "7m"]`
diag-intervals-two-rules = `Intervals` 只能用 `every`、`count` 或 `at` 其中一個；這裡同時有 `{ $first }` 和 `{ $second }`
diag-intervals-second-rule = 第二個規則
diag-intervals-first-rule = 第一個規則
diag-fade-without-ambient = 這個步驟要讓背景聲音淡入淡出，但練習沒有背景聲音
diag-fade-without-ambient-label = 沒有可以淡入淡出的聲音
diag-fade-without-ambient-help = 在練習中加上 `ambient: Ambient(sound: "rain")`，或拿掉淡入淡出
diag-fade-after-step = 這個淡入淡出在 { $at } 開始，但它的步驟在 { $end } 就結束了
# 填滿可調整長度練習的步驟有多長。
diag-lasts-at-most = 最長 { $length }
diag-interval-too-often = 間隔鐘聲最多每秒響一次；這裡是 { $every }
diag-less-than = 少於 { $min }
diag-every-never-rings = 每 { $every } 響一次的鐘聲，在這個步驟中永遠不會響，因為步驟長度是 { $lasts }
diag-every-never-rings-label = 比步驟還長
diag-every-never-rings-help = 讓它響得更頻繁，或改用 `at: [...]` 或 `count: ...`
diag-count-zero = `count: 0` 不會響任何鐘聲
diag-count-zero-label = 沒有鐘聲
diag-count-zero-help = 次數請用 1 或更多，或拿掉 `interval_bells`
diag-count-open-ended = `count` 會把鐘聲平均分配在步驟的長度中，但這個步驟會持續到練習者自己結束
diag-count-open-ended-label = 沒有可以分配的結尾
diag-count-open-ended-help = 改用 `every: "5m"`
diag-count-too-many = { $count } 聲鐘聲放不進長度為 { $lasts } 的步驟
diag-count-too-many-label = 太多了
diag-at-empty = `at: []` 沒有任何時間點，所以不會響任何鐘聲
diag-at-empty-label = 沒有時間點
diag-at-empty-help = 加上時間點，例如 `at: ["2m", "7m 30s"]`，或拿掉 `interval_bells`
diag-at-never-rings = 在 { $at } 的鐘聲，在這個步驟中永遠不會響，因為步驟長度是 { $lasts }
diag-at-never-rings-label = 在步驟結束之後
diag-too-many-bells = 這個練習會響 { $total } 聲鐘聲；一個練習最多響 { $most } 聲
diag-too-many-bells-label = 鐘聲太多
diag-too-many-bells-help = 讓間隔鐘聲少響幾次

## 檔案與課程之間的 id

diag-duplicate-id = id "{ $id }" 已經被 { $first } 使用了
diag-duplicate-id-label = 用了兩次
diag-duplicate-id-note = 最早使用的是 { $first }
diag-duplicate-id-help = 每個練習都需要自己的 id；請修改其中一個
diag-duplicate-version = "{ $id }" 已經有 "{ $language }" 的版本：{ $first }
diag-duplicate-version-label = 這個語言的第二個版本
diag-duplicate-version-note = 最早的 "{ $language }" 版本在 { $first }
diag-duplicate-version-help = 一個練習的每種語言只有一個檔案；請刪掉其中一個，或改正檔名中的語言
diag-unknown-session = 沒有 id 為 "{ $id }" 的練習
diag-unknown-session-label = 沒有這個練習
diag-unknown-session-help = `stillpoint list` 會列出每個練習的 id

## 其他語言的版本（`名稱.es.ron` 放在 `名稱.ron` 旁邊）

diag-not-value = 不是 "{ $value }"
diag-version-language = 這個檔名表示語言是 "{ $tag }"，但檔案中的語言是 "{ $language }"
diag-version-no-language = 這個檔名表示語言是 "{ $tag }"，但檔案中沒有 `language`，所以會被當成英文
diag-version-no-language-label = 這裡沒有 `language`
diag-version-language-help = 寫上 `language: "{ $tag }"`，或依照檔案的語言來命名
diag-version-id = 這裡的 id 是 "{ $id }"，但依照檔名，這是 { $place }的另一個語言版本，而它的 id 是 "{ $other }"
diag-version-id-help = 其他語言的版本要沿用原始版本的 id：寫成 `id: "{ $other }"`，或給這個檔案另取一個名字
# 另一個檔案與其中的一行："the-pause.ron（第 31 行）"。
diag-file-line = { $file }（第 { $line } 行）
diag-version-differs-label = { $original } 中：{ $theirs }
diag-version-differs-help = 其他語言的版本要保留原始版本的步驟、長度、鐘聲與提示句的時間；只有文字不同
diag-length-fixed = 固定長度
diag-length-flexible = 可調整長度
diag-length-open-ended = 不限時
diag-version-length-kind = 這個練習是{ $mine }；{ $there }中是{ $theirs }
# $which 是以下其中之一：min、max、default。
diag-version-length-bound = { $which ->
        [min] 最短長度
        [max] 最長長度
       *[default] 預設長度
    }是 { $mine }；{ $there }中是 { $theirs }
diag-version-settle = 安頓的時間是 { $mine }；{ $there }中是 { $theirs }
diag-version-step-count = 這個練習有 { $mine } 個步驟；{ $there }中有 { $theirs } 個
diag-count-steps = { $count } 個步驟
diag-version-step-lasts = 這個步驟長 { $mine }；{ $there }中是 { $theirs }
diag-version-step-length = 這個步驟的長度是 { $mine }；{ $there }中是 { $theirs }
# $which 是以下其中之一：start、end。
diag-version-bell = 這個步驟的{ $which ->
        [start] 開始鐘聲
       *[end] 結束鐘聲
    }：{ $mine }；{ $there }中：{ $theirs }
diag-version-intervals = 這個步驟的間隔鐘聲：{ $mine }；{ $there }中：{ $theirs }
diag-version-cue-count = 這個步驟有 { $mine } 個提示句；{ $there }中有 { $theirs } 個
diag-count-cues = { $count } 個提示句
diag-version-cue-flowing = 這個提示句沒有指定時間，所以接在前一句之後；{ $there }中：{ $theirs }
diag-version-cue-at = 這個提示句在 { $at } 出現；{ $there }中：{ $theirs }
diag-version-closing-bell = 結束時的鐘聲：{ $mine }；{ $there }中：{ $theirs }
# 作者認得出來的鐘聲寫法："small bell"，敲 3 下，間隔 2s；$name 是檔案中鐘聲的名稱。
diag-bell-none = 無
diag-bell-builtin = "{ $name }"
diag-bell-strikes = { $bell }，敲 { $strikes } 下，間隔 { $spacing }
diag-bell-volume = { $bell }，音量 { $volume }
diag-intervals-every = 每 { $every }
diag-intervals-count = 平均分配 { $count } 聲
diag-intervals-at = 在 { $times }
diag-intervals-with = { $rule }，使用 { $bell }
diag-cue-no-time = 沒有指定時間

## 在應用程式中修改檔案

diag-edit-unreadable = 這個檔案有需要先修正的錯誤（請到「編寫」查看）
diag-edit-no-step = 這個檔案沒有第 { $step } 個步驟
