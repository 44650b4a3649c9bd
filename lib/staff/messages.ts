// What the co-instructor pages, actions and data layer say, in one place.
export const staffMessages = {
  noAccount: "No instructor account uses that e-mail. Ask them to get one first: an administrator creates it with `npm run admin -- create-instructor`.",
  studentAccount: "That e-mail belongs to a student account. Only instructor accounts can help run a class; an administrator can promote it with `npm run admin -- promote`.",
  isOwner: "You own this class already.",
  alreadyStaff: "They already help run this class.",
  notStaff: "That person is not an assistant of this class.",
  added: (name: string) => `${name} is now an assistant of this class.`,
  mailed: "We e-mailed them to say so.",
  removed: (name: string) => `${name} no longer assists this class.`,
  left: "You have left the class.",
} as const;
