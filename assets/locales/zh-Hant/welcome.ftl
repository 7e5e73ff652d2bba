## welcome：第一次開啟時，三個安靜的畫面

# 目前在歡迎畫面的哪一頁：「第 1 頁，共 3 頁」。
welcome-progress = 第 { $step } 頁，共 { $steps } 頁
welcome-continue = 繼續
# 在最後一個畫面取代「繼續」。
welcome-begin = 開始
welcome-skip = 略過
welcome-change-later = 這些選擇之後都可以在「設定」中更改。

## 1. Stillpoint 是什麼（接著是 library.ftl 中說明它不是什麼的提醒）

welcome-what-title = 歡迎來到 Stillpoint
welcome-what-it-is = Stillpoint 是一個安靜的練習空間：有正念、慈悲與身心安康的引導練習，準時響起的鐘聲，以及只保存在這台電腦上的練習紀錄。

## 2. 練習日與連續天數

welcome-day-title = 你的練習日
welcome-day-explained = 你的練習是按日計算的。如果你有時在深夜練習，新的一天可以在午夜過後稍晚才開始，讓那次練習仍算在它所屬的那個晚上。
welcome-day-start = 新的練習日開始於
welcome-streaks = 顯示連續天數，也就是你連續練習了幾天
welcome-streaks-explained = 有些人覺得連續天數是種鼓勵，也有人寧可不去計算。無論哪一種，你的每一次練習都會保留下來。

## 3. 書桌前的鐘聲與朗讀引導

welcome-desk-title = 工作的時候
welcome-desk-explained = 你在書桌前時，偶爾會響起一聲輕柔的鐘聲，邀請你做三分鐘的暫停。除非你接受暫停，否則不會留下任何紀錄。
welcome-pause-bells = 在書桌前響起鐘聲
# 鐘聲目前的時間表；$days 是 "weekdays" 或 "all"。
welcome-pause-schedule = { $days ->
    [weekdays] 星期一到星期五
   *[all] 每天
}，從 { $from }:00 到 { $to }:00，每 { $every } 分鐘一次。
welcome-speak = 練習沒有自己的錄音時，朗讀引導內容
welcome-speak-needs = 朗讀需要語音合成器，例如 espeak-ng。安裝之後，你可以在「設定」中開啟。
