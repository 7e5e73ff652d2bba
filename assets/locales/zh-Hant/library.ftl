## library：練習庫、課程頁面、關於、編寫，以及練習庫上方的提示。

library-back = 回到練習庫
library-open-folder = 開啟資料夾
library-by-author = 作者：{ $author }

## 練習庫的上方工具列

library-quick-timer = 快速計時
library-my-practice = 我的練習
library-authoring = 編寫
library-authoring-to-look-at = 編寫（{ $count } 個待查看）
library-cohort = 學習群組
library-settings = 設定
library-about = 關於
library-search-hint = 依標題或標籤搜尋
library-length = 長度
library-length-any = 任何長度
library-length-up-to-five = 5 分鐘以內
library-length-five-to-fifteen = 5 至 15 分鐘
library-length-over-fifteen = 超過 15 分鐘

## 練習庫的分類

library-heading-mindfulness = 正念
library-heading-compassion = 慈悲
library-heading-well-being = 身心安康
library-heading-timers = 計時
library-heading-my-own = 我自己的練習
library-heading-programs = 課程
library-heading-needs-attention = 需要留意的練習
library-program-progress = 已練習 { $total } 個練習中的 { $practised } 個

## 課程頁面

library-program-practised = 這個課程的 { $total } 個練習中，你已練習了 { $practised } 個。
library-program-weeks = { $weeks } 週
library-program-daily = 每天 { $length }
library-program-module-complete = 每個練習都已完成 · 共 { $minutes } 分鐘
library-program-you-are-here = 你目前在這裡
library-program-call = 與同期夥伴一起，為這個單元收尾：
library-program-call-question = 這次的提問：{ $question }
library-program-not-yet = 尚未練習
library-program-practised-times = { $times ->
    [one] 練習過一次 · { $minutes } 分鐘
   *[other] 練習過 { $times } 次 · { $minutes } 分鐘
}

## 這個練習是什麼，不是什麼

library-care-note-title = 開始之前
library-care-note-thanks = 謝謝
library-care-note-not-therapy = Stillpoint 提供的是練習，而不是心理治療或醫療。
library-care-note-invitation = 這裡的一切都只是邀請。你隨時可以略過一個步驟、張開眼睛、動一動或停下來，改天再回來。
library-care-note-support = 如果某次練習勾起的感受比你預期的多，停下來也沒關係。讓別人知道：一位你信任的人、你的醫師或輔導員。如果你正處於危機中，請撥打當地的緊急電話或危機求助專線。
library-about-title = 關於 Stillpoint
library-about-version = 版本 { $version }（課程檔案格式 { $session_format }，練習紀錄格式 { $log_format }）
library-about-summary = 為 Compassionate Systems 課程而設的正念、慈悲與身心安康引導練習，鐘聲準確，練習紀錄只保存在這台電腦上。
library-about-what-it-is = 這個練習是什麼，不是什麼
library-about-program = 課程內容、六個月週期的安排，以及它所依據的傳統，都寫在 program.md 裡，隨 Stillpoint 的說明文件一起安裝。

## 編寫：你自己的練習檔案

library-authoring-folder = 你的練習資料夾：{ $path }
library-authoring-reread = 存到那裡的檔案會在一秒內重新讀取。`stillpoint new 檔案` 可以建立一個新檔。
library-authoring-none-yet = 你還沒有自己的練習檔案。可以把內建的練習複製到上面的資料夾，或用 `stillpoint new` 建立一個。
library-authoring-ready = { $file }：「{ $title }」，可以開始練習
library-authoring-copy-hint = 點一下即可複製位置
library-authoring-copy = 複製位置
library-authoring-as-validate = 以 `stillpoint validate` 的方式顯示
library-authoring-copied = 已複製 { $location }
library-authoring-opened = 已開啟 { $path }
library-authoring-not-opened = 無法開啟資料夾（{ $problem }）；它位於 { $path }
library-watch-cannot-make = 無法建立你的練習資料夾 { $path }：{ $problem }
library-watch-not-watched = 在 Stillpoint 重新啟動之前，不會看到 { $path } 的變更（{ $problem }）。

## 字型：這台電腦沒有任何字型支援的文字。套件名稱保持原樣，因為那是要輸入的指令。

library-fonts-missing = 有些文字是{ $script }，但這台電腦沒有字型能顯示它們，所以會顯示成空白方框。安裝 { $package } 套件（sudo apt install { $package }）即可顯示。
library-fonts-script-cjk = 中文、日文或韓文
library-fonts-script-emoji = 表情符號
library-fonts-script-other = 某種這台電腦沒有字型的文字

## 視窗

library-window-cannot-open = 無法開啟視窗：{ $problem }
    沒有顯示器時，`stillpoint play 練習 --no-gui` 可以在終端機中播放練習。

## 圖書館的卡片與接續的架子

library-heading-continue = 從上次停下的地方繼續
library-continue-next-in = { $program }的下一節
library-continue-last = 最近練習的
library-continue-pause = 隨時停頓片刻
library-card-practised = { $times ->
    [one] 練習過一次
   *[other] 練習過 { $times } 次
}
library-card-not-yet = 尚未練習
library-card-lens = 視角：{ $lens }
