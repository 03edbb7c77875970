window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Customer Service Specialist at @RivertonTransit. Views my own.",
        "website" : "https://www.rrta.example",
        "location" : "Riverton"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/8567956104186651648/avatar.jpg"
    }
  }
]