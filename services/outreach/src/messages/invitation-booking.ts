import type { Catalogs } from '@omsorg/platform';

/** Messages of the citizen's booking through an invitation (schema/invitation-booking.ts). */
export const invitationBookingMessages: Catalogs = {
  sv: {
    'invitationBooking.slotTaken': 'Tiden hann bokas av någon annan. Välj en av de närmaste lediga tiderna.',
    'invitationBooking.alreadyBooked': 'Du har redan en bokad tid. Boka om den i stället.',
    'invitationBooking.noBooking': 'Det finns ingen bokad tid att ändra.',
    'invitationBooking.tooMany': 'Du har gjort många ändringar på kort tid. Vänta {wait} och försök igen.',
  },
  en: {
    'invitationBooking.slotTaken': 'Someone else booked the time a moment ago. Choose one of the nearest free times.',
    'invitationBooking.alreadyBooked': 'You already have a booked time. Change it instead.',
    'invitationBooking.noBooking': 'There is no booked time to change.',
    'invitationBooking.tooMany': 'You have made many changes in a short time. Wait {wait} and try again.',
  },
  fi: {
    'invitationBooking.slotTaken': 'Joku muu ehti varata ajan. Valitse jokin lähimmistä vapaista ajoista.',
    'invitationBooking.alreadyBooked': 'Sinulla on jo varattu aika. Siirrä se sen sijaan.',
    'invitationBooking.noBooking': 'Muutettavaa varattua aikaa ei ole.',
    'invitationBooking.tooMany': 'Olet tehnyt monta muutosta lyhyessä ajassa. Odota {wait} ja yritä uudelleen.',
  },
  ar: {
    'invitationBooking.slotTaken': 'حجز شخص آخر هذا الموعد قبل لحظات. اختر أحد أقرب المواعيد المتاحة.',
    'invitationBooking.alreadyBooked': 'لديك موعد محجوز بالفعل. غيّره بدلاً من ذلك.',
    'invitationBooking.noBooking': 'لا يوجد موعد محجوز لتغييره.',
    'invitationBooking.tooMany': 'لقد أجريت تغييرات كثيرة في وقت قصير. انتظر {wait} وحاول مرة أخرى.',
  },
};
